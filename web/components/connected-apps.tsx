import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, call } from "../lib/api";
import { ErrorText, Section, TableWrap, when } from "./ui";

/** The signed-in person's OAuth grants (apps connected to MCP): client, project, scopes, and Revoke. */
export function ConnectedApps() {
  const queryClient = useQueryClient();
  const grants = useQuery({ queryKey: ["oauth-grants"], queryFn: () => call(api.auth.oauth.grants.$get()) });
  const revoke = useMutation({
    mutationFn: (grantId: string) => call(api.auth.oauth.grants[":grantId"].$delete({ param: { grantId } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["oauth-grants"] }),
  });
  const rows = grants.data?.data ?? [];
  return (
    <Section title="Connected apps">
      <ErrorText error={grants.error ?? revoke.error} />
      {grants.isSuccess && rows.length === 0 && <p className="muted">No app is connected to MCP as you.</p>}
      {rows.length > 0 && (
        <TableWrap label="Connected apps">
          <table>
            <thead>
              <tr>
                <th>App</th>
                <th>Project</th>
                <th>Scopes</th>
                <th>Connected</th>
                <th>
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((g) => (
                <tr key={g.id}>
                  <td>{g.clientName}</td>
                  <td>{g.projectName ?? g.projectId}</td>
                  <td>{g.scopes.join(", ")}</td>
                  <td>{when(g.createdAt)}</td>
                  <td>
                    <button
                      type="button"
                      className="danger"
                      aria-label={`Revoke ${g.clientName}`}
                      onClick={() => revoke.mutate(g.id)}
                    >
                      Revoke
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </Section>
  );
}
