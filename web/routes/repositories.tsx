import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { EmptyRow, ErrorText, Section, TableWrap, when } from "../components/ui";
import { api, call } from "../lib/api";

/** The project's repositories; add one by GitHub URL or by name for archive uploads; analyse ticked GitHub ones in one batch job. */
export default function Repositories() {
  const queryClient = useQueryClient();
  const [page] = useState(1);
  const repos = useQuery({
    queryKey: ["repositories", page],
    queryFn: () => call(api.repositories.$get({ query: { page: String(page), limit: "50" } })),
  });
  const navigate = useNavigate();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const analyse = useMutation({
    mutationFn: () => call(api.batch.analyses.$post({ json: { repositoryIds: [...selected] } })),
    onSuccess: (job) => navigate(`/jobs/${job.id}`),
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
        <ErrorText error={repos.error ?? analyse.error} />
        <button type="button" disabled={!selected.size || analyse.isPending} onClick={() => analyse.mutate()}>
          Analyse selected ({selected.size})
        </button>
        <TableWrap label="Repositories">
          <table>
            <thead>
              <tr>
                <th>
                  <span className="visually-hidden">Select</span>
                </th>
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
                    <input
                      type="checkbox"
                      aria-label={`Select ${r.owner}/${r.name}`}
                      disabled={r.provider !== "github"}
                      title={r.provider === "github" ? undefined : "Upload an archive to analyse this one"}
                      checked={selected.has(r.id)}
                      onChange={(e) => {
                        const next = new Set(selected);
                        if (e.target.checked) next.add(r.id);
                        else next.delete(r.id);
                        setSelected(next);
                      }}
                    />
                  </td>
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
              <EmptyRow columns={5} rows={repos.data?.data}>
                No repositories yet.
              </EmptyRow>
            </tbody>
          </table>
        </TableWrap>
      </Section>
    </div>
  );
}
