import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { api, call } from "../lib/api";
import { ago } from "../lib/people";
import { SecretOnce } from "./secret-once";
import { EmptyRow, ErrorText, Section, TableWrap, when } from "./ui";

const ROLES = ["viewer", "editor", "admin", "owner"] as const;
type Role = (typeof ROLES)[number];

/** The project's members (change role, remove), invitations by e-mail (link shown once) and pending ones. */
export function Members({ project }: { project: string }) {
  const queryClient = useQueryClient();
  const [link, setLink] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["members", project] });
  const members = useQuery({ queryKey: ["members", project, "list"], queryFn: () => call(api.members.$get()) });
  const pending = useQuery({ queryKey: ["members", project, "invites"], queryFn: () => call(api.invitations.$get()) });
  const invite = useMutation({
    mutationFn: (json: { email: string; role: Role }) =>
      call(api.invitations.$post({ json: { ...json, expiresInHours: 72 } })),
    onSuccess: (created) => {
      setLink(created.url);
      refresh();
    },
  });
  const change = useMutation({
    mutationFn: ({ id, role }: { id: string; role: Role }) =>
      call(api.members[":id"].$patch({ param: { id }, json: { role } })),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) => call(api.members[":id"].$delete({ param: { id } })),
    onSuccess: refresh,
  });
  const withdraw = useMutation({
    mutationFn: (id: string) => call(api.invitations[":id"].$delete({ param: { id } })),
    onSuccess: refresh,
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    invite.mutate({ email: String(form.get("email") ?? "").trim(), role: String(form.get("role")) as Role });
  }

  return (
    <Section title="Members">
      <form className="form inline" onSubmit={submit}>
        <div className="field">
          <label htmlFor="invite-email">E-mail</label>
          <input id="invite-email" name="email" type="email" required />
        </div>
        <div className="field">
          <label htmlFor="invite-role">Role</label>
          <select id="invite-role" name="role" defaultValue="editor">
            {ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </div>
        <button type="submit">Invite</button>
      </form>
      <ErrorText error={invite.error ?? members.error ?? change.error ?? remove.error ?? withdraw.error} />
      {link && <SecretOnce key={link} secret={link} what="invitation link" />}
      <TableWrap label="Members">
        <table>
          <thead>
            <tr>
              <th>Name</th>
              <th>E-mail</th>
              <th>Role</th>
              <th>Last seen</th>
              <th>
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.data?.data.map((m) => (
              <tr key={m.userId}>
                <td>{m.name || "—"}</td>
                <td>{m.email}</td>
                <td>
                  <select
                    aria-label={`Role of ${m.email}`}
                    value={m.role}
                    onChange={(e) => change.mutate({ id: m.userId, role: e.target.value as Role })}
                  >
                    {ROLES.map((r) => (
                      <option key={r}>{r}</option>
                    ))}
                  </select>
                </td>
                <td>
                  <time dateTime={m.lastSeenAt ?? undefined} title={m.lastSeenAt ?? undefined}>
                    {ago(m.lastSeenAt)}
                  </time>
                </td>
                <td>
                  <button type="button" className="danger" onClick={() => remove.mutate(m.userId)}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
            <EmptyRow columns={5} rows={members.data?.data}>
              No members yet.
            </EmptyRow>
          </tbody>
        </table>
      </TableWrap>
      <TableWrap label="Pending invitations">
        <table>
          <thead>
            <tr>
              <th>Invited</th>
              <th>Role</th>
              <th>Expires</th>
              <th>
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {pending.data?.data.map((i) => (
              <tr key={i.id}>
                <td>{i.email}</td>
                <td>{i.role}</td>
                <td>{when(i.expiresAt)}</td>
                <td>
                  <button type="button" className="danger" onClick={() => withdraw.mutate(i.id)}>
                    Withdraw
                  </button>
                </td>
              </tr>
            ))}
            <EmptyRow columns={4} rows={pending.data?.data}>
              No pending invitations.
            </EmptyRow>
          </tbody>
        </table>
      </TableWrap>
    </Section>
  );
}
