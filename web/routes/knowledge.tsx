import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type DragEvent, type FormEvent, useState } from "react";
import { DEFAULT_SEARCH_MODE, SEARCH_MODES, type SearchMode } from "../../shared/search-modes";
import { KnowledgeDocuments } from "../components/knowledge-documents";
import { SearchSummary } from "../components/search-summary";
import { Badge, ErrorText, Section } from "../components/ui";
import { ApiError, api, call } from "../lib/api";
import { session } from "../lib/session";

async function uploadFile(file: File, tags: string): Promise<string> {
  const form = new FormData();
  form.set("file", file);
  if (tags) form.set("tags", tags);
  const res = await fetch("/api/v1/knowledge/documents", {
    method: "POST",
    headers: session.headers(),
    body: form,
  });
  const body = (await res.json()) as { outcome?: string; error?: { code: string; message: string } };
  if (!res.ok) throw new ApiError(res.status, body.error?.code ?? "error", body.error?.message ?? "upload failed");
  return body.outcome ?? "created";
}

const splitTags = (raw: string) =>
  raw
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);

/** The knowledge base: add documents (file, text, URL, feed) and search by keyword, meaning or both. */
export default function Knowledge() {
  const queryClient = useQueryClient();
  const [q, setQ] = useState("");
  const [submitted, setSubmitted] = useState("");
  const [mode, setMode] = useState<SearchMode>(DEFAULT_SEARCH_MODE);
  const [tagFilter, setTagFilter] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [dragging, setDragging] = useState(false);
  const search = useQuery({
    queryKey: ["knowledge", "search", submitted, mode, tagFilter],
    queryFn: () =>
      call(
        api.knowledge.search.$get({
          query: { q: submitted, mode, limit: "10", ...(tagFilter ? { tags: tagFilter } : {}) },
        }),
      ),
    enabled: submitted.length > 0,
  });
  const done = (text: string) => {
    setError(null);
    setNotice(text);
    queryClient.invalidateQueries({ queryKey: ["knowledge"] });
  };
  const addText = useMutation({
    mutationFn: (body: { title: string; content: string; format: string; tags: string[] }) =>
      call(api.knowledge.documents.$post({ json: body, form: undefined as never })),
    onSuccess: (r) => done(`Document ${r.outcome}.`),
    onError: setError,
  });
  const addUrl = useMutation({
    mutationFn: (body: { url: string; tags: string[] }) =>
      call(api.knowledge.documents.$post({ json: body, form: undefined as never })),
    onSuccess: (r) => done(`Page ${r.outcome}${r.job ? ": fetching in a job" : ""}.`),
    onError: setError,
  });
  const addFeed = useMutation({
    mutationFn: (body: { url: string; tags: string[] }) =>
      call(api.knowledge.feeds.$post({ json: { ...body, poll: true } })),
    onSuccess: () => done("Feed added; its first poll is running."),
    onError: setError,
  });

  async function onFiles(files: FileList | null | undefined, tags = "") {
    for (const file of Array.from(files ?? [])) {
      try {
        done(`${file.name}: ${await uploadFile(file, tags)}.`);
      } catch (err) {
        setError(err);
      }
    }
  }
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    onFiles(e.dataTransfer.files);
  };
  const form = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const value = (name: string) => String(data.get(name) ?? "").trim();
    e.currentTarget.reset();
    return value;
  };

  return (
    <div className="stack">
      <h1 className="page-title">Knowledge base</h1>
      <Section title="Search">
        <search>
          <form
            className="search-form"
            onSubmit={(e) => {
              e.preventDefault();
              setSubmitted(q.trim());
            }}
          >
            <label htmlFor="kq" className="visually-hidden">
              Search the knowledge base
            </label>
            <input
              id="kq"
              type="search"
              value={q}
              onChange={(e) => setQ(e.target.value)}
              placeholder="Ask or type keywords"
            />
            <fieldset className="segmented">
              <legend className="visually-hidden">Mode</legend>
              {SEARCH_MODES.map((m) => (
                <label key={m}>
                  <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} /> {m}
                </label>
              ))}
            </fieldset>
            <label>
              Tags{" "}
              <input
                value={tagFilter}
                onChange={(e) => setTagFilter(e.target.value.trim())}
                placeholder="adr, vendor"
              />
            </label>
            <button type="submit">Search</button>
          </form>
        </search>
        <ErrorText error={search.error} />
        {search.data && <SearchSummary answer={search.data} />}
        <ol className="results">
          {search.data?.data.map((hit) => (
            <li key={hit.document.id}>
              <h3>
                {hit.document.title} <Badge value={hit.document.sourceType} />{" "}
                {hit.document.sourceUrl && (
                  <a href={hit.document.sourceUrl} rel="noreferrer">
                    source
                  </a>
                )}
              </h3>
              {hit.chunks.map((chunk) => (
                <div key={chunk.chunkId} className="hit">
                  <small>
                    {chunk.headingPath.join(" › ") || "—"}
                    {chunk.page !== null && ` · page ${chunk.page}`} · score {chunk.score.toPrecision(3)}
                    {chunk.ranks.keyword !== null && ` · keyword #${chunk.ranks.keyword}`}
                    {chunk.ranks.semantic !== null && ` · semantic #${chunk.ranks.semantic}`}
                  </small>
                  {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the API escapes the text and adds only <mark> */}
                  <p dangerouslySetInnerHTML={{ __html: chunk.snippet }} />
                </div>
              ))}
            </li>
          ))}
        </ol>
      </Section>
      <Section title="Add knowledge">
        {notice && <p role="status">{notice}</p>}
        <ErrorText error={error} />
        <div className="add-grid">
          <label
            className={`dropzone${dragging ? " dragging" : ""}`}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            Drop Markdown, text, HTML or PDF files here, or choose
            <input
              type="file"
              multiple
              accept=".md,.markdown,.txt,.html,.htm,.pdf"
              onChange={(e) => onFiles(e.target.files)}
            />
          </label>
          <form
            className="stack"
            onSubmit={(e) => {
              const v = form(e);
              addText.mutate({
                title: v("title"),
                content: v("content"),
                format: v("format") || "markdown",
                tags: splitTags(v("tags")),
              });
            }}
          >
            <label>
              Title <input name="title" required />
            </label>
            <label>
              Text <textarea name="content" rows={4} required />
            </label>
            <label>
              Format
              <select name="format" defaultValue="markdown">
                <option>markdown</option>
                <option>text</option>
                <option>html</option>
              </select>
            </label>
            <label>
              Tags <input name="tags" />
            </label>
            <button type="submit">Add text</button>
          </form>
          <div className="stack">
            <form
              className="stack"
              onSubmit={(e) => {
                const v = form(e);
                addUrl.mutate({ url: v("url"), tags: splitTags(v("tags")) });
              }}
            >
              <label>
                Page URL <input name="url" type="url" required />
              </label>
              <label>
                Tags <input name="tags" />
              </label>
              <button type="submit">Fetch page</button>
            </form>
            <form
              className="stack"
              onSubmit={(e) => {
                const v = form(e);
                addFeed.mutate({ url: v("url"), tags: splitTags(v("tags")) });
              }}
            >
              <label>
                RSS or Atom feed URL <input name="url" type="url" required />
              </label>
              <label>
                Tags <input name="tags" />
              </label>
              <button type="submit">Subscribe</button>
            </form>
          </div>
        </div>
      </Section>
      <KnowledgeDocuments />
    </div>
  );
}
