import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { rowMeta } from "./columns";
import { repositories } from "./repositories";
import { technologies } from "./technologies";
import { projectRef } from "./tenant";

export const TASK_STATUSES = ["todo", "in_progress", "blocked", "done"] as const;

export const researchTasks = sqliteTable(
  "research_tasks",
  {
    id: text("id").primaryKey(),
    projectId: projectRef(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    status: text("status", { enum: TASK_STATUSES }).notNull().default("todo"),
    priority: integer("priority").notNull().default(3),
    assignee: text("assignee"),
    dueDate: text("due_date"),
    technologyId: text("technology_id").references(() => technologies.id, { onDelete: "set null" }),
    repositoryId: text("repository_id").references(() => repositories.id, { onDelete: "set null" }),
    ...rowMeta(),
  },
  (t) => [
    index("research_tasks_project_status_idx").on(t.projectId, t.status),
    index("research_tasks_project_assignee_idx").on(t.projectId, t.assignee),
    index("research_tasks_project_due_idx").on(t.projectId, t.dueDate),
    index("research_tasks_technology_idx").on(t.technologyId),
    index("research_tasks_repository_idx").on(t.repositoryId),
  ],
);
