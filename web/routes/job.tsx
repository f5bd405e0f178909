import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useParams } from "react-router";
import { Badge, ErrorText, ProgressBar, Section, when } from "../components/ui";
import { api, call } from "../lib/api";
import { useLiveJob } from "../lib/live-job";

/** One job with its log streaming in; cancel and retry. */
export default function Job() {
  const { id = "" } = useParams();
  const queryClient = useQueryClient();
  const job = useQuery({ queryKey: ["jobs", id], queryFn: () => call(api.jobs[":id"].$get({ param: { id } })) });
  const live = useLiveJob(id);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["jobs"] });
  const cancel = useMutation({
    mutationFn: () => call(api.jobs[":id"].cancel.$post({ param: { id } })),
    onSuccess: refresh,
  });
  const retry = useMutation({
    mutationFn: () => call(api.jobs[":id"].retry.$post({ param: { id } })),
    onSuccess: refresh,
  });
  const status = live.status ?? job.data?.status;
  // Until the socket's snapshot arrives (a cold Durable Object can take a moment), show what the list knows.
  const progress = live.status ? live.progress : (job.data?.progress ?? 0);
  if (job.error) return <ErrorText error={job.error} />;
  return (
    <div className="stack">
      <h1 className="page-title">
        {job.data?.type ?? "Job"} {status && <Badge value={status} />}
      </h1>
      <Section title="Progress">
        <ProgressBar value={progress} label="Job progress" />
        <p aria-live="polite">{live.step}</p>
        {live.error && <p className="error">{live.error}</p>}
        <div className="actions">
          <button
            type="button"
            disabled={!status || !["pending", "scheduled", "running"].includes(status)}
            onClick={() => cancel.mutate()}
          >
            Cancel
          </button>
          <button
            type="button"
            disabled={!status || !["failed", "cancelled", "timed_out"].includes(status)}
            onClick={() => retry.mutate()}
          >
            Retry
          </button>
        </div>
        <ErrorText error={cancel.error ?? retry.error} />
        <p>
          Attempt {job.data?.attempt} of {job.data?.maxAttempts} · created {when(job.data?.createdAt)} · started{" "}
          {when(job.data?.startedAt)} · finished {when(job.data?.finishedAt)}
        </p>
      </Section>
      <Section title="Log">
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must take focus so the keyboard can scroll it */}
        <section className="log" aria-label="Job log" tabIndex={0}>
          <ol aria-live="polite">
            {live.log.map((l) => (
              <li key={`${l.at}-${l.message}`} className={`log-${l.level}`}>
                <time>{new Date(l.at).toLocaleTimeString()}</time> {l.message}
              </li>
            ))}
          </ol>
        </section>
      </Section>
      {live.result && (
        <Section title="Result">
          <pre>{JSON.stringify(live.result, null, 2)}</pre>
        </Section>
      )}
    </div>
  );
}
