import type { z } from "@hono/zod-openapi";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import { invitations, memberships, users } from "../../db/schema";
import type { PersonPrincipal, Principal } from "../../env";
import { changeLog } from "../../lib/audit";
import type { Actor, TenantDeps } from "../../lib/context";
import { randomToken, sha256Hex } from "../../lib/crypto";
import { AppError, notFound } from "../../lib/errors";
import { newId } from "../../lib/ids";
import type { InvitationCreate } from "./invitations.schema";
import { mayManageOwners } from "./members.service";

const columns = {
  id: invitations.id,
  projectId: invitations.projectId,
  email: invitations.email,
  role: invitations.role,
  createdAt: invitations.createdAt,
  expiresAt: invitations.expiresAt,
};

/** Invitations of the project not yet accepted and not expired. */
export async function listInvitations({ db, projectId }: TenantDeps) {
  const now = new Date().toISOString();
  const data = await db
    .select(columns)
    .from(invitations)
    .where(and(eq(invitations.projectId, projectId), isNull(invitations.acceptedAt), gt(invitations.expiresAt, now)));
  return { data };
}

/**
 * Invites an e-mail address with a role; the answer holds the single-use token (only its hash is
 * kept). Inviting an owner needs the right to grant owner.
 */
export async function createInvitation(
  deps: TenantDeps,
  principal: Principal,
  input: z.infer<typeof InvitationCreate>,
) {
  if (input.role === "owner" && !mayManageOwners(principal)) {
    throw new AppError("forbidden", "only an owner can invite an owner");
  }
  const token = randomToken(32);
  const row = {
    id: newId("inv"),
    projectId: deps.projectId,
    email: input.email.toLowerCase(),
    role: input.role,
    createdAt: new Date().toISOString(),
    expiresAt: new Date(Date.now() + input.expiresInHours * 3600_000).toISOString(),
  };
  await deps.db.batch([
    deps.db.insert(invitations).values({ ...row, tokenHash: await sha256Hex(token) }),
    ...changeLog(deps.db, {
      projectId: deps.projectId,
      actor: deps.actor,
      action: "create",
      entity: "invitation",
      entityId: row.id,
      before: null,
      after: { email: row.email, role: row.role, expiresAt: row.expiresAt },
    }),
  ]);
  return { invitation: row, token };
}

/** Withdraws a pending invitation; its link stops working. */
export async function revokeInvitation(deps: TenantDeps, id: string): Promise<void> {
  const gone = await deps.db
    .delete(invitations)
    .where(and(eq(invitations.id, id), eq(invitations.projectId, deps.projectId), isNull(invitations.acceptedAt)))
    .returning({ id: invitations.id });
  if (!gone.length) throw notFound("invitation", id);
}

/**
 * Accepts an invitation for the signed-in person: the link must be unknown to no one, unused,
 * unexpired, and made for this person's e-mail address. Spending it and making the membership are
 * one batch; the conditional update means two tabs racing with one link make one membership.
 */
export async function acceptInvitation(db: Db, principal: PersonPrincipal, token: string, actor: Actor) {
  const hash = await sha256Hex(token);
  const found = await db.query.invitations.findFirst({ where: eq(invitations.tokenHash, hash) });
  const now = new Date().toISOString();
  if (!found || found.acceptedAt) throw new AppError("not_found", "this invitation is unknown or already used");
  if (found.expiresAt <= now) throw new AppError("not_found", "this invitation has expired");
  const user = await db.query.users.findFirst({ where: eq(users.id, principal.userId), columns: { email: true } });
  if (user?.email.toLowerCase() !== found.email) {
    throw new AppError("forbidden", "this invitation is for another e-mail address: sign in with that one");
  }
  const [spent] = await db
    .update(invitations)
    .set({ acceptedAt: now, acceptedBy: principal.userId })
    .where(and(eq(invitations.id, found.id), isNull(invitations.acceptedAt)))
    .returning({ id: invitations.id });
  if (!spent) throw new AppError("not_found", "this invitation is unknown or already used");
  await db.batch([
    db
      .insert(memberships)
      .values({ projectId: found.projectId, userId: principal.userId, role: found.role })
      .onConflictDoUpdate({ target: [memberships.projectId, memberships.userId], set: { role: found.role } }),
    ...changeLog(db, {
      projectId: found.projectId,
      actor,
      action: "create",
      entity: "membership",
      entityId: principal.userId,
      before: null,
      after: { role: found.role, invitationId: found.id },
    }),
  ]);
  return { projectId: found.projectId, role: found.role };
}
