import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type DragEvent, useEffect, useState } from "react";
import { Link, useParams } from "react-router";
import { formatCount, formatShare, formatSize } from "../../shared/sizes";
import { DetectedTechnologies } from "../components/detected-technologies";
import { Badge, ErrorText, ProgressBar, Section, TableWrap, when } from "../components/ui";
import { api, call } from "../lib/api";
import { uploadArchive } from "../lib/archive-upload";
import { useLiveJob } from "../lib/live-job";

/** A repository: upload or analyse it with live progress, and what its analyses found. */
export default function Repository() {
  const { id = "" } = useParams();
  const queryClient = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [dragging, setDragging] = useState(false);
  const [sending, setSending] = useState<{ sent: number; total: number } | null>(null);
  const live = useLiveJob(jobId);
  const repo = useQuery({
    queryKey: ["repositories", id],
    queryFn: () => call(api.repositories[":id"].$get({ param: { id } })),
  });
  const analyses = useQuery({
    queryKey: ["repositories", id, "analyses"],
    queryFn: () => call(api.repositories[":id"].analyses.$get({ param: { id }, query: { limit: "20" } })),
  });

  useEffect(() => {
    if (live.status === "completed") {
      queryClient.invalidateQueries({ queryKey: ["repositories", id] });
      queryClient.invalidateQueries({ queryKey: ["technologies"] });
    }
  }, [live.status, id, queryClient]);

  async function start(run: () => Promise<string>) {
    setError(null);
    try {
      setJobId(await run());
    } catch (err) {
      setError(err);
    }
  }
  const onFile = (file: File | undefined) =>
    file &&
    start(async () => {
      setSending({ sent: 0, total: file.size });
      try {
        return await uploadArchive(id, file, (sent) => setSending({ sent, total: file.size }));
      } finally {
        setSending(null);
      }
    });
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    onFile(e.dataTransfer.files[0]);
  };

  const latest = analyses.data?.data[0];
  const languages = latest?.languages ?? [];
  const detected = latest?.technologies ?? [];
  const deps = latest?.dependencies ?? [];
  const maxBytes = Math.max(1, ...languages.map((l) => l.bytes));

  if (repo.error) return <ErrorText error={repo.error} />;
  return (
    <div className="stack">
      <h1 className="page-title">
        {repo.data ? `${repo.data.owner}/${repo.data.name}` : "Repository"}{" "}
        {repo.data && <Badge value={repo.data.provider} />}
      </h1>
      <Section title="Analyse">
        <div className="actions">
          {repo.data?.provider === "github" && (
            <button
              type="button"
              onClick={() =>
                start(async () => (await call(api.repositories[":id"].analyse.$post({ param: { id }, json: {} }))).id)
              }
            >
              Analyse now
            </button>
          )}
          <label
            className={`dropzone${dragging ? " dragging" : ""}`}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            Upload a .tar.gz or .zip (drop it here or choose; .tar.gz up to 500 MiB, .zip up to 25 MiB)
            <input
              type="file"
              accept=".gz,.tgz,.zip,application/gzip,application/zip"
              onChange={(e) => onFile(e.target.files?.[0])}
            />
          </label>
        </div>
        <ErrorText error={error} />
        {sending && sending.total > 25 * 1024 * 1024 && (
          <div className="job-live" aria-live="polite">
            <ProgressBar value={Math.round((sending.sent / sending.total) * 100)} label="Upload progress" />
            <p>
              Uploading in parts: {Math.round(sending.sent / 1024 / 1024)} of {Math.round(sending.total / 1024 / 1024)}{" "}
              MiB
            </p>
          </div>
        )}
        {jobId && (
          <div className="job-live" aria-live="polite">
            <ProgressBar value={live.progress} label="Analysis progress" />
            <p>
              <Badge value={live.status ?? "pending"} /> {live.step}{" "}
              {live.error && <span className="error">{live.error}</span>} <Link to={`/jobs/${jobId}`}>job details</Link>
            </p>
          </div>
        )}
      </Section>
      {latest && (
        <>
          {latest.partial && (
            <p className="notice" role="status">
              Partial analysis: {latest.partial.reason}.
            </p>
          )}
          <Section
            title={`Languages (${formatCount(latest.fileCount)} files, ${formatSize(latest.totalBytes)} of code)`}
          >
            <ul className="bars">
              {languages.slice(0, 12).map((l) => (
                <li key={l.language} title={`${l.files} files, ${l.bytes} bytes`}>
                  <span>{l.language}</span>
                  <span className="bar" style={{ width: `${(l.bytes / maxBytes) * 100}%` }} />
                  <strong>
                    {formatShare(l.share, l.bytes > 0)} · {formatSize(l.bytes)}
                  </strong>
                </li>
              ))}
            </ul>
          </Section>
          <DetectedTechnologies technologies={detected} />
          <Section title={`Dependencies (${deps.length})`}>
            <TableWrap label="Dependencies">
              <table>
                <thead>
                  <tr>
                    <th>Ecosystem</th>
                    <th>Name</th>
                    <th>Version</th>
                    <th>File</th>
                  </tr>
                </thead>
                <tbody>
                  {deps.slice(0, 200).map((d) => (
                    <tr key={`${d.file}:${d.ecosystem}:${d.name}`}>
                      <td>{d.ecosystem}</td>
                      <td>{d.name}</td>
                      <td>{d.version ?? "—"}</td>
                      <td>
                        <code>{d.file}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          </Section>
        </>
      )}
      <Section title="Analysis history">
        <ul className="list">
          {analyses.data?.data.map((a) => (
            <li key={a.id}>
              {when(a.createdAt)} · {a.source} · {formatCount(a.fileCount)} files · {a.technologies.length} technologies
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
