import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import {
  EXPORT_FORMATS,
  EXPORT_SUBJECTS,
  type ExportFormat,
  type ExportSubject,
  FORMAT_LABELS,
  FORMAT_SUBJECTS,
} from "../../shared/exports";
import { formatSize } from "../../shared/sizes";
import { Badge, EmptyRow, ErrorText, Pager, ProgressBar, Section, TableWrap } from "../components/ui";
import { ApiError, api, call } from "../lib/api";
import { useLiveJob } from "../lib/live-job";

type ExportRow = Awaited<ReturnType<typeof listExports>>["data"][number];
const listExports = (page: number) => call(api.exports.$get({ query: { page: String(page), limit: "20" } }));

/** Fetches the file with the session's key (a plain link cannot send it) and saves it. */
async function save(row: ExportRow) {
  const res = await api.exports[":id"].download.$get({ param: { id: row.id } });
  if (!res.ok) throw new ApiError(res.status, "download_failed", `the download answered ${res.status}`);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement("a");
  a.href = url;
  a.download = row.fileName ?? `${row.id}`;
  a.click();
  URL.revokeObjectURL(url);
}

/** A running export's progress, live from its job; tells the page when the job ends. */
function LiveProgress({ row, onEnd }: { row: ExportRow; onEnd: () => void }) {
  const live = useLiveJob(row.jobId);
  const finished = live.status === "completed" || live.status === "failed" || live.status === "cancelled";
  useEffect(() => {
    if (finished) onEnd();
  }, [finished, onEnd]);
  return <ProgressBar value={Math.round(live.progress || row.progress)} label={`Export ${row.fileName ?? row.id}`} />;
}

const size = (n: number | null) => (n === null ? "" : formatSize(n));

/** Exports: start one (format and subject), follow its progress, download, delete; files expire. */
export default function Exports() {
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [format, setFormat] = useState<ExportFormat>("json");
  const [subject, setSubject] = useState<ExportSubject>("technologies");
  const [analysisId, setAnalysisId] = useState("");
  const [bom, setBom] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const list = useQuery({ queryKey: ["exports", page], queryFn: () => listExports(page) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["exports"] });
  const subjects = FORMAT_SUBJECTS[format];
  const create = useMutation({
    mutationFn: () =>
      call(
        api.exports.$post({
          json: {
            format,
            subject,
            ...(subject === "analysis" ? { filters: { analysisId } } : {}),
            ...(format === "csv" || format === "byor-csv" ? { options: { bom } } : {}),
          },
        }),
      ),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) => call(api.exports[":id"].$delete({ param: { id } })),
    onSuccess: refresh,
    onError: setActionError,
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate();
  }

  return (
    <div className="stack">
      <h1 className="page-title">Exports</h1>
      <Section title="New export">
        <form className="filters" onSubmit={submit}>
          <label>
            Format
            <select
              value={format}
              onChange={(e) => {
                const next = e.target.value as ExportFormat;
                setFormat(next);
                if (!FORMAT_SUBJECTS[next].includes(subject)) setSubject(FORMAT_SUBJECTS[next][0] ?? "technologies");
              }}
            >
              {EXPORT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {FORMAT_LABELS[f]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Subject
            <select value={subject} onChange={(e) => setSubject(e.target.value as ExportSubject)}>
              {EXPORT_SUBJECTS.filter((s) => subjects.includes(s)).map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          {subject === "analysis" && (
            <label>
              Analysis id <input required value={analysisId} onChange={(e) => setAnalysisId(e.target.value.trim())} />
            </label>
          )}
          {(format === "csv" || format === "byor-csv") && (
            <label>
              <input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} /> Byte order mark (Excel)
            </label>
          )}
          <button type="submit" disabled={create.isPending}>
            Start export
          </button>
        </form>
        <ErrorText error={create.error} />
      </Section>
      <Section title="Exports">
        <ErrorText error={list.error ?? actionError} />
        <TableWrap label="Exports">
          <table>
            <thead>
              <tr>
                <th>Format</th>
                <th>Subject</th>
                <th>Status</th>
                <th>File</th>
                <th>Expires</th>
                <th>Actions</th>
              </tr>
            </thead>
            <tbody>
              {list.data?.data.map((row) => (
                <tr key={row.id}>
                  <td>{row.format === "zip" ? "zip" : FORMAT_LABELS[row.format]}</td>
                  <td>{row.subject}</td>
                  <td>
                    {row.status === "pending" || row.status === "running" ? (
                      <LiveProgress row={row} onEnd={refresh} />
                    ) : (
                      <Badge value={row.status} />
                    )}
                    {row.error && <p className="error">{row.error}</p>}
                  </td>
                  <td>
                    {row.fileName} {size(row.size)}
                  </td>
                  <td>{new Date(row.expiresAt).toLocaleString()}</td>
                  <td>
                    {row.status === "completed" && (
                      <button type="button" onClick={() => save(row).catch(setActionError)}>
                        Download
                      </button>
                    )}{" "}
                    <button type="button" onClick={() => remove.mutate(row.id)}>
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
              <EmptyRow columns={6} rows={list.data?.data}>
                No exports yet.
              </EmptyRow>
            </tbody>
          </table>
        </TableWrap>
        {list.data && <Pager page={list.data.page} limit={list.data.limit} total={list.data.total} onPage={setPage} />}
      </Section>
    </div>
  );
}
