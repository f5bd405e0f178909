import { env } from "cloudflare:workers";
import { createDb } from "../worker/db/client";
import type { Role } from "../worker/db/schema";
import { createSignInLink } from "../worker/features/people/sessions.service";
import { newId } from "../worker/lib/ids";
import { api, type CallAs, expectAnswer, ORIGIN } from "./client";

/** A person signed in through the real sign-in route: their cookie and CSRF token. */
export interface Person {
  userId: string;
  email: string;
  cookie: string;
  csrf: string;
}

/** Writes a person straight into D1, as `npm start` does for the local owner. */
export async function insertUser(opts: { instanceAdmin?: boolean; email?: string } = {}): Promise<string> {
  const id = newId("usr");
  const email = opts.email ?? `${id}@people.test`;
  await env.DB.prepare("insert into users (id, email, name, instance_admin) values (?, ?, ?, ?)")
    .bind(id, email, `Person ${id.slice(-4)}`, opts.instanceAdmin ? 1 : 0)
    .run();
  return id;
}

/** Makes a single-use sign-in link for a person (as `npm start` prints one) and returns its token. */
export function signInLink(userId: string, ttlMs?: number): Promise<string> {
  return createSignInLink(createDb(env.DB), userId, ttlMs);
}

/** The `name=value` pair of a response's Set-Cookie for the session cookie. */
export function sessionCookieOf(headers: Headers): string {
  const set = headers.getSetCookie().find((h) => h.startsWith("cc_session="));
  if (!set) throw new Error(`no session cookie in ${JSON.stringify(headers.getSetCookie())}`);
  return set.split(";")[0] ?? "";
}

/** Signs a person in by spending a fresh sign-in link through the API. */
export async function signIn(userId: string): Promise<Person> {
  const token = await signInLink(userId);
  const { body, headers } = await expectAnswer(api().auth["sign-in-link"].$post({ json: { token } }), 200);
  return { userId, email: body.user.email, cookie: sessionCookieOf(headers), csrf: body.csrfToken };
}

/** A new person who is a member of `projectId` with `role`, signed in. */
export async function member(projectId: string, role: Role): Promise<Person> {
  const userId = await insertUser();
  await addMember(projectId, userId, role);
  return signIn(userId);
}

/** Gives a person a role in a project, straight in D1. */
export async function addMember(projectId: string, userId: string, role: Role): Promise<void> {
  await env.DB.prepare("insert into memberships (project_id, user_id, role) values (?, ?, ?)")
    .bind(projectId, userId, role)
    .run();
}

/** Headers of a same-origin dashboard request with the person's cookie (and CSRF token, as the dashboard sends it). */
export function asPerson(person: Person, project?: string): CallAs {
  const headers = { cookie: person.cookie, "x-csrf-token": person.csrf, origin: ORIGIN };
  return { headers, project };
}
