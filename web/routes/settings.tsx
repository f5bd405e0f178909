import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ConnectedApps } from "../components/connected-apps";
import { Members } from "../components/members";
import { SecretOnce } from "../components/secret-once";
import { EmptyRow, ErrorText, Pager, Section, TableWrap, when } from "../components/ui";
import { api, call } from "../lib/api";
import { actorName, personName } from "../lib/people";
import { session } from "../lib/session";

type Scope = "read" | "write" | "admin";

/** API keys (created with scopes, shown once, revoked), members and invitations, and the audit log with filters. */
export default function Settings() {
  const queryClient = useQueryClient();
  const project = session.project() ?? "";
  const [secret, setSecret] = useState<string | null>(null);
  const [auditPage, setAuditPage] = useState(1);
  const [entity, setEntity] = useState("");
  const [action, setAction] = useState("");
  const keys = useQuery({
    queryKey: ["keys", project],
    queryFn: () => call(api.keys.$get({ query: { projectId: project, limit: "100" } })),
  });
  const audit = useQuery({
    queryKey: ["audit", project, auditPage, entity, action],
    queryFn: () =>
      call(
        api.audit.$get({
          query: {
            projectId: project,
            page: String(auditPage),
            limit: "20",
            ...(entity ? { entity } : {}),
            ...(action ? { action: action as "create" } : {}),
          },
        }),
      ),
  });
  const create = useMutation({
    mutationFn: (body: { name: string; scopes: Scope[] }) =>
      call(api.keys.$post({ json: { ...body, projectId: project } })),
    onSuccess: (created) => {
      setSecret(created.secret);
      queryClient.invalidateQueries({ queryKey: ["keys"] });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => call(api.keys[":id"].revoke.$post({ param: { id } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["keys"] }),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const scopes = form.getAll("scopes").map(String) as Scope[];
    create.mutate({ name: String(form.get("name") ?? "").trim(), scopes });
  }

  return (
    <div className="stack">
      <h1 className="page-title">Settings</h1>
      <Section title="API keys">
        <form className="form inline" onSubmit={submit}>
          <div className="field">
            <label htmlFor="key-name">Name</label>
            <input id="key-name" name="name" required />
          </div>
          <fieldset>
            <legend>Scopes</legend>
            {(["read", "write", "admin"] as const).map((s) => (
              <label key={s}>
                <input type="checkbox" name="scopes" value={s} defaultChecked={s === "read"} /> {s}
              </label>
            ))}
          </fieldset>
          <button type="submit">Create key</button>
        </form>
        <ErrorText error={create.error} />
        {secret && <SecretOnce key={secret} secret={secret} what="key" />}
        <ErrorText error={keys.error ?? revoke.error} />
        <TableWrap label="API keys">
          <table>
            <thead>
              <tr>
                <th>Name</th>
                <th>Prefix</th>
                <th>Scopes</th>
                <th>Owner</th>
                <th>Last used</th>
                <th>
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.data?.data.map((k) => (
                <tr key={k.id}>
                  <td>{k.name}</td>
                  <td>
                    <code>{k.prefix}</code>
                  </td>
                  <td>{k.scopes.join(", ")}</td>
                  <td>{k.owner ? personName(k.owner) : "Service account"}</td>
                  <td>{when(k.lastUsedAt)}</td>
                  <td>
                    <button type="button" className="danger" onClick={() => revoke.mutate(k.id)}>
                      Revoke
                    </button>
                  </td>
                </tr>
              ))}
              <EmptyRow columns={6} rows={keys.data?.data}>
                No API keys for this project yet.
              </EmptyRow>
            </tbody>
          </table>
        </TableWrap>
      </Section>
      <Members project={project} />
      {session.csrf() !== null && <ConnectedApps />}
      <Section title="Audit log">
        <div className="filters">
          <label>
            Entity
            <select value={entity} onChange={(e) => setEntity(e.target.value)}>
              <option value="">All</option>
              {[
                "project",
                "technology",
                "repository",
                "research_task",
                "knowledge_entry",
                "api_key",
                "schedule",
                "webhook",
                "membership",
                "invitation",
              ].map((e) => (
                <option key={e}>{e}</option>
              ))}
            </select>
          </label>
          <label>
            Action
            <select value={action} onChange={(e) => setAction(e.target.value)}>
              <option value="">All</option>
              {["create", "update", "delete", "revoke"].map((a) => (
                <option key={a}>{a}</option>
              ))}
            </select>
          </label>
        </div>
        <ErrorText error={audit.error} />
        <TableWrap label="Audit log">
          <table>
            <thead>
              <tr>
                <th>When</th>
                <th>By</th>
                <th>Action</th>
                <th>Entity</th>
                <th>Changes</th>
              </tr>
            </thead>
            <tbody>
              {audit.data?.data.map((a) => (
                <tr key={a.id}>
                  <td>{when(a.createdAt)}</td>
                  <td>{actorName(a.actor)}</td>
                  <td>{a.action}</td>
                  <td>
                    {a.entity} <code>{a.entityId}</code>
                  </td>
                  <td>
                    <code className="diff">{Object.keys(a.after ?? a.before ?? {}).join(", ")}</code>
                  </td>
                </tr>
              ))}
              <EmptyRow columns={5} rows={audit.data?.data}>
                Nothing in the audit log matches.
              </EmptyRow>
            </tbody>
          </table>
        </TableWrap>
        {audit.data && (
          <Pager page={audit.data.page} limit={audit.data.limit} total={audit.data.total} onPage={setAuditPage} />
        )}
      </Section>
    </div>
  );
}
