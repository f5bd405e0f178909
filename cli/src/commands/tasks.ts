import { TASK_STATUSES } from "../../../worker/db/schema/research";
import { ok } from "../api";
import { choiceOption, defineCommand, intOption, JSON_FLAG } from "../command";
import { findTechnology } from "../resolve";

/** `tasks list|add|move`: the project's research board. */
export default defineCommand((program, ctx) => {
  const tasks = program.command("tasks").description("research tasks");

  tasks
    .command("list")
    .description("list research tasks by priority")
    .option("--status <status>", `filter: ${TASK_STATUSES.join(", ")} (comma-separated)`)
    .option("--assignee <name>", "filter by assignee")
    .option("--limit <n>", "at most this many (max 100)", intOption("--limit"), 50)
    .option(...JSON_FLAG)
    .action(async (opts: { status?: string; assignee?: string; limit: number; json?: boolean }) => {
      const query = {
        limit: String(opts.limit),
        sort: "priority",
        ...(opts.status ? { status: opts.status } : {}),
        ...(opts.assignee ? { assignee: opts.assignee } : {}),
      };
      const page = await ok(ctx.api()["research-tasks"].$get({ query }));
      if (opts.json) return ctx.ui.json(page);
      ctx.ui.table(page.data, [
        { key: "title", label: "TITLE" },
        { key: "status", label: "STATUS" },
        { key: "priority", label: "PRIO" },
        { key: "assignee", label: "ASSIGNEE" },
        { key: "dueDate", label: "DUE" },
        { key: "id", label: "ID" },
      ]);
    });

  tasks
    .command("add <title>")
    .description("add a research task")
    .option("--priority <n>", "1 to 5", intOption("--priority"))
    .option("--assignee <name>", "who does it")
    .option("--due <YYYY-MM-DD>", "due date")
    .option("--tech <idOrTitle>", "the technology it is about")
    .option("--description <text>", "what to find out")
    .option(...JSON_FLAG)
    .action(async (title: string, opts: AddOptions) => {
      const api = ctx.api();
      const technologyId = opts.tech ? (await findTechnology(api, opts.tech)).id : undefined;
      const json = {
        title,
        ...(opts.priority ? { priority: opts.priority } : {}),
        ...(opts.assignee ? { assignee: opts.assignee } : {}),
        ...(opts.due ? { dueDate: opts.due } : {}),
        ...(opts.description ? { description: opts.description } : {}),
        ...(technologyId ? { technologyId } : {}),
      };
      const task = await ok(api["research-tasks"].$post({ json }));
      if (opts.json) return ctx.ui.json(task);
      ctx.ui.info(`Added task ${task.title} (${task.id}).`);
    });

  tasks
    .command("move <id>")
    .description("move a task to another status")
    .requiredOption("--status <status>", TASK_STATUSES.join(", "), choiceOption(TASK_STATUSES))
    .option(...JSON_FLAG)
    .action(async (id: string, opts: { status: (typeof TASK_STATUSES)[number]; json?: boolean }) => {
      const api = ctx.api();
      const task = await ok(api["research-tasks"][":id"].$get({ param: { id } }));
      const moved = await ok(
        api["research-tasks"][":id"].$patch({ param: { id }, json: { status: opts.status, version: task.version } }),
      );
      if (opts.json) return ctx.ui.json(moved);
      ctx.ui.info(`${moved.title}: ${task.status} → ${moved.status}.`);
    });
}, 32);

interface AddOptions {
  priority?: number;
  assignee?: string;
  due?: string;
  tech?: string;
  description?: string;
  json?: boolean;
}
