-- A per-project counter that moves with every change a technology list can see (a row added,
-- removed, or a filtered or searched column changed), so a cached text-search total can be reused
-- exactly until the data it counted changes. Kept by triggers only (bumped by UPDATE, created by
-- INSERT OR IGNORE: see the last trigger); written by hand, drizzle-kit cannot express triggers.
-- No foreign key: deleting a project deletes its technologies, whose triggers touch this row while
-- the project is going; the project's own trigger removes the row after.
CREATE TABLE `technology_list_versions` (
	`project_id` text PRIMARY KEY NOT NULL,
	`version` integer NOT NULL DEFAULT 0
);
--> statement-breakpoint
CREATE TRIGGER `technology_list_versions_insert` AFTER INSERT ON `technologies` BEGIN
	UPDATE technology_list_versions SET version = version + 1 WHERE project_id = new.project_id;
	INSERT OR IGNORE INTO technology_list_versions (project_id, version) VALUES (new.project_id, 1);
END;
--> statement-breakpoint
CREATE TRIGGER `technology_list_versions_delete` AFTER DELETE ON `technologies` BEGIN
	UPDATE technology_list_versions SET version = version + 1 WHERE project_id = old.project_id;
	INSERT OR IGNORE INTO technology_list_versions (project_id, version) VALUES (old.project_id, 1);
END;
--> statement-breakpoint
CREATE TRIGGER `technology_list_versions_update`
AFTER UPDATE OF project_id, status, domain, priority, tags, title, vendor, description ON `technologies`
BEGIN
	UPDATE technology_list_versions SET version = version + 1 WHERE project_id = old.project_id;
	INSERT OR IGNORE INTO technology_list_versions (project_id, version) VALUES (old.project_id, 1);
	UPDATE technology_list_versions SET version = version + 1 WHERE project_id = new.project_id;
	INSERT OR IGNORE INTO technology_list_versions (project_id, version) VALUES (new.project_id, 1);
END;
--> statement-breakpoint
-- A data-only backup holds this table's rows too; on restore the triggers above rebuild them as the
-- technologies arrive, so a row for a project that already has one is ignored.
CREATE TRIGGER `technology_list_versions_ignore_duplicate` BEFORE INSERT ON `technology_list_versions`
WHEN EXISTS (SELECT 1 FROM technology_list_versions WHERE project_id = new.project_id)
BEGIN
	SELECT RAISE(IGNORE);
END;
--> statement-breakpoint
CREATE TRIGGER `technology_list_versions_project_delete` AFTER DELETE ON `projects` BEGIN
	DELETE FROM technology_list_versions WHERE project_id = old.id;
END;
