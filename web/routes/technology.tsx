import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams } from "react-router";
import { DOMAIN_LABELS } from "../../shared/vocabulary";
import { TechnologyForm } from "../components/technology-form";
import { Badge, ErrorText, Section, when } from "../components/ui";
import { api, call } from "../lib/api";
import { actorName } from "../lib/people";

/** One technology: edit it, its history timeline and the evidence analyses found. */
export default function Technology() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const tech = useQuery({
    queryKey: ["technologies", id],
    queryFn: () => call(api.technologies[":id"].$get({ param: { id } })),
  });
  const history = useQuery({
    queryKey: ["technologies", id, "history"],
    queryFn: () => call(api.technologies[":id"].history.$get({ param: { id }, query: { limit: "100" } })),
  });
  const evidence = useQuery({
    queryKey: ["technologies", id, "evidence"],
    queryFn: () => call(api.technologies[":id"].evidence.$get({ param: { id } })),
  });
  const remove = useMutation({
    mutationFn: () => call(api.technologies[":id"].$delete({ param: { id } })),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: ["technologies"] });
      navigate("/technologies");
    },
  });

  if (tech.error) return <ErrorText error={tech.error} />;
  if (!tech.data) return <p>Loading…</p>;
  const t = tech.data;
  return (
    <div className="stack">
      <h1 className="page-title">
        {t.title} <Badge value={t.status} />
      </h1>
      <p>
        {DOMAIN_LABELS[t.domain]} · priority {t.priority} · relevance {t.relevanceScore}
      </p>
      <Section title="Edit">
        <TechnologyForm
          key={t.version}
          initial={{ ...t, vendor: t.vendor ?? "" }}
          submitLabel="Save changes"
          onSubmit={async (draft) => {
            await call(
              api.technologies[":id"].$patch({ param: { id }, json: { ...draft, version: t.version } as never }),
            );
            await queryClient.invalidateQueries({ queryKey: ["technologies"] });
          }}
        />
        <button type="button" className="danger" onClick={() => confirm(`Delete ${t.title}?`) && remove.mutate()}>
          Delete technology
        </button>
        <ErrorText error={remove.error} />
      </Section>
      <Section title="History">
        <ol className="timeline">
          {history.data?.data.map((e) => (
            <li key={e.id}>
              <strong>{e.kind}</strong> {e.fromValue ? `${e.fromValue} → ` : ""}
              {e.toValue} <small>{when(e.createdAt)}</small> <small>by {actorName(e.actor)}</small>
              {e.note && <p>{e.note}</p>}
            </li>
          ))}
        </ol>
      </Section>
      <Section title="Evidence from analyses">
        {evidence.data?.data.length === 0 && <p>No analysis has seen this technology yet.</p>}
        <ul className="list">
          {evidence.data?.data.map((e) => (
            <li key={e.id}>
              <Link to={`/repositories/${e.repositoryId}`}>{e.repository}</Link>{" "}
              <code>
                {e.file}
                {e.line ? `:${e.line}` : ""}
              </code>{" "}
              {e.dependency && <span>{e.dependency}</span>} {e.version && <small>{e.version}</small>}{" "}
              <Badge value={e.kind} />
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
