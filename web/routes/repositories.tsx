import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { ErrorText, Section, TableWrap, when } from "../components/ui";
import { api, call } from "../lib/api";

/** The project's repositories; add one by GitHub URL or by name for archive uploads. */
export default function Repositories() {
  const queryClient = useQueryClient();
  const [page] = useState(1);
  const repos = useQuery({
    queryKey: ["repositories", page],
    queryFn: () => call(api.repositories.$get({ query: { page: String(page), limit: "50" } })),
  });
  const add = useMutation({
    mutationFn: (body: { url?: string; owner?: string; name?: string; provider?: "upload" }) =>
      call(api.repositories.$post({ json: body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["repositories"] }),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const url = String(form.get("url") ?? "").trim();
    const name = String(form.get("name") ?? "").trim();
    if (url) add.mutate({ url });
    else if (name) {
      const [owner, repo] = name.includes("/") ? name.split("/") : ["local", name];
      add.mutate({ provider: "upload", owner, name: repo });
    }
    event.currentTarget.reset();
  }

  return (
    <div className="stack">
      <h1 className="page-title">Repositories</h1>
      <Section title="Add a repository">
        <form className="form inline" onSubmit={submit}>
          <div className="field">
            <label htmlFor="repo-url">GitHub URL</label>
            <input id="repo-url" name="url" type="url" placeholder="https://github.com/owner/name" />
          </div>
          <div className="field">
            <label htmlFor="repo-name">or a name, to upload archives</label>
            <input id="repo-name" name="name" placeholder="owner/name" />
          </div>
          <button type="submit">Add repository</button>
        </form>
        <ErrorText error={add.error} />
        {add.isSuccess && <p role="status">Added.</p>}
      </Section>
      <Section title="All repositories">
        <ErrorText error={repos.error} />
        <TableWrap label="Repositories">
          <table>
            <thead>
              <tr>
                <th>Repository</th>
                <th>Provider</th>
                <th>Language</th>
                <th>Last analysed</th>
              </tr>
            </thead>
            <tbody>
              {repos.data?.data.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={`/repositories/${r.id}`}>
                      {r.owner}/{r.name}
                    </Link>
                  </td>
                  <td>{r.provider}</td>
                  <td>{r.language ?? "—"}</td>
                  <td>{when(r.lastAnalysedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </Section>
    </div>
  );
}
