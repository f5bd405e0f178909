import { text } from "drizzle-orm/sqlite-core";
import { projects } from "./projects";

/** The owning project: every tenant row has one, and it goes when the project goes. */
export const projectRef = () =>
  text("project_id")
    .notNull()
    .references(() => projects.id, { onDelete: "cascade" });
