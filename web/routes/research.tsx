import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type DragEvent, type FormEvent, type KeyboardEvent, useState } from "react";
import { Link } from "react-router";
import { ErrorText, Section } from "../components/ui";
import { api, call } from "../lib/api";

const COLUMNS = [
  ["todo", "To do"],
  ["in_progress", "In progress"],
  ["blocked", "Blocked"],
  ["done", "Done"],
] as const;
type TaskStatus = (typeof COLUMNS)[number][0];

const today = () => new Date().toISOString().slice(0, 10);

/** Research tasks as a board: drag a card, or focus it and press ←/→ to move it between columns. */
export default function Research() {
  const queryClient = useQueryClient();
  const [assignee, setAssignee] = useState("");
  const [technologyId, setTechnologyId] = useState("");
  const [announce, setAnnounce] = useState("");
  const query = {
    limit: "100",
    sort: "dueDate",
    ...(assignee ? { assignee } : {}),
    ...(technologyId ? { technologyId } : {}),
  };
  const tasks = useQuery({
    queryKey: ["research-tasks", query],
    queryFn: () => call(api["research-tasks"].$get({ query })),
  });
  const techs = useQuery({
    queryKey: ["technologies", "all-titles"],
    queryFn: () => call(api.technologies.$get({ query: { limit: "100", sort: "title" } })),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["research-tasks"] });
  const move = useMutation({
    mutationFn: ({ id, status, version }: { id: string; status: TaskStatus; version: number }) =>
      call(api["research-tasks"][":id"].$patch({ param: { id }, json: { status, version } })),
    onSuccess: (task) => {
      setAnnounce(`${task.title} moved to ${COLUMNS.find(([s]) => s === task.status)?.[1]}`);
      refresh();
    },
  });
  const create = useMutation({
    mutationFn: (body: { title: string; assignee?: string; dueDate?: string; technologyId?: string }) =>
      call(api["research-tasks"].$post({ json: body })),
    onSuccess: refresh,
  });

  const byId = new Map((tasks.data?.data ?? []).map((t) => [t.id, t]));
  function moveTo(id: string, status: TaskStatus) {
    const task = byId.get(id);
    if (task && task.status !== status) move.mutate({ id, status, version: task.version });
  }
  function onKey(e: KeyboardEvent, id: string, status: TaskStatus) {
    const index = COLUMNS.findIndex(([s]) => s === status);
    const next = e.key === "ArrowRight" ? COLUMNS[index + 1] : e.key === "ArrowLeft" ? COLUMNS[index - 1] : undefined;
    if (next) {
      e.preventDefault();
      moveTo(id, next[0]);
    }
  }
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? "").trim() || undefined;
    create.mutate({
      title: value("title") ?? "",
      assignee: value("assignee"),
      dueDate: value("dueDate"),
      technologyId: value("technologyId"),
    });
    event.currentTarget.reset();
  }

  return (
    <div className="stack">
      <h1 className="page-title">Research tasks</h1>
      <Section title="New task">
        <form className="form inline" onSubmit={submit}>
          <div className="field">
            <label htmlFor="t-title">Title</label>
            <input id="t-title" name="title" required />
          </div>
          <div className="field">
            <label htmlFor="t-assignee">Assignee</label>
            <input id="t-assignee" name="assignee" />
          </div>
          <div className="field">
            <label htmlFor="t-due">Due</label>
            <input id="t-due" name="dueDate" type="date" />
          </div>
          <div className="field">
            <label htmlFor="t-tech">Technology</label>
            <select id="t-tech" name="technologyId" defaultValue="">
              <option value="">None</option>
              {techs.data?.data.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.title}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">Add task</button>
        </form>
        <ErrorText error={create.error} />
      </Section>
      <search className="filters">
        <label>
          Assignee <input value={assignee} onChange={(e) => setAssignee(e.target.value.trim())} />
        </label>
        <label>
          Technology
          <select value={technologyId} onChange={(e) => setTechnologyId(e.target.value)}>
            <option value="">All</option>
            {techs.data?.data.map((t) => (
              <option key={t.id} value={t.id}>
                {t.title}
              </option>
            ))}
          </select>
        </label>
      </search>
      <ErrorText error={tasks.error ?? move.error} />
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
      <p>
        <small>Drag a card to another column, or focus it and use the left and right arrow keys.</small>
      </p>
      <div className="board">
        {COLUMNS.map(([status, title]) => (
          <section
            key={status}
            className="column"
            aria-label={title}
            onDragOver={(e: DragEvent) => e.preventDefault()}
            onDrop={(e: DragEvent) => moveTo(e.dataTransfer.getData("text/plain"), status)}
          >
            <h2>
              {title} <small>({tasks.data?.data.filter((t) => t.status === status).length ?? 0})</small>
            </h2>
            <ul>
              {tasks.data?.data
                .filter((t) => t.status === status)
                .map((t) => {
                  const overdue = t.dueDate && t.dueDate < today() && t.status !== "done";
                  return (
                    <li
                      key={t.id}
                      className={`task${overdue ? " overdue" : ""}`}
                      draggable
                      // biome-ignore lint/a11y/noNoninteractiveTabindex: cards are moved with the keyboard
                      tabIndex={0}
                      aria-roledescription="task card"
                      aria-label={`${t.title}, ${title}${t.assignee ? `, ${t.assignee}` : ""}${t.dueDate ? `, due ${t.dueDate}` : ""}${overdue ? ", overdue" : ""}`}
                      onDragStart={(e) => e.dataTransfer.setData("text/plain", t.id)}
                      onKeyDown={(e) => onKey(e, t.id, t.status)}
                    >
                      <strong>{t.title}</strong>
                      <small>
                        {t.assignee ?? "unassigned"}
                        {t.dueDate && <> · due {t.dueDate}</>}
                        {overdue && <span className="error"> · overdue</span>}
                      </small>
                      {t.technologyId && <Link to={`/technologies/${t.technologyId}`}>technology</Link>}
                    </li>
                  );
                })}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
