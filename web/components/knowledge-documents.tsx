import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, call } from "../lib/api";
import { Badge, ErrorText, Pager, Section, when } from "./ui";

const PAGE_SIZE = 25;

/** The project's knowledge documents, newest first, a page at a time, and the feeds it follows. */
export function KnowledgeDocuments() {
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const docs = useQuery({
    queryKey: ["knowledge", "documents", page],
    queryFn: () => call(api.knowledge.documents.$get({ query: { page: String(page), limit: String(PAGE_SIZE) } })),
    refetchInterval: (query) => (query.state.data?.data.some((d) => d.status === "pending") ? 3000 : false),
  });
  const feeds = useQuery({
    queryKey: ["knowledge", "feeds"],
    queryFn: () => call(api.knowledge.feeds.$get({ query: { limit: "50" } })),
  });
  const remove = useMutation({
    mutationFn: (id: string) => call(api.knowledge.documents[":id"].$delete({ param: { id } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["knowledge"] }),
  });
  const total = docs.data?.total ?? 0;
  return (
    <Section title={`Documents (${total})`}>
      <ErrorText error={docs.error ?? remove.error} />
      {docs.data && total === 0 && <p>No documents yet. Add files, text, pages or feeds above.</p>}
      <ul className="list">
        {docs.data?.data.map((d) => (
          <li key={d.id} className="actions">
            <strong>{d.title}</strong> <Badge value={d.status} /> <Badge value={d.sourceType} />
            {d.status === "indexed" && <small>{d.chunkCount === 1 ? "1 chunk" : `${d.chunkCount} chunks`}</small>}
            <small>{when(d.updatedAt)}</small>
            {d.statusReason && <span className="error"> {d.statusReason}</span>}
            <button
              type="button"
              className="ghost"
              aria-label={`Delete ${d.title}`}
              disabled={remove.isPending}
              onClick={() => confirm(`Delete “${d.title}” and its search index entries?`) && remove.mutate(d.id)}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
      {total > PAGE_SIZE && docs.data && (
        <Pager page={docs.data.page} limit={docs.data.limit} total={total} onPage={setPage} />
      )}
      {(feeds.data?.data.length ?? 0) > 0 && (
        <>
          <h3>Feeds</h3>
          <ul className="list">
            {feeds.data?.data.map((f) => (
              <li key={f.id}>
                {f.title || f.url} <small>{f.url}</small>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
