-- A technology's tag rows carry the columns a tagged list filters and is ordered by (status,
-- priority, domain, updated time), and an index holds them in that order: a list by tag sorted by
-- update time reads the tag's own entries in order and stops at the page, instead of walking every
-- technology of the project and probing the tag index for each. Kept by triggers like the rest of
-- 0007 (the insert and update triggers are recreated to write the new columns); written by hand.
ALTER TABLE `technology_tags` ADD `updated_at` text DEFAULT '' NOT NULL;
--> statement-breakpoint
ALTER TABLE `technology_tags` ADD `status` text DEFAULT '' NOT NULL;
--> statement-breakpoint
ALTER TABLE `technology_tags` ADD `priority` integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
ALTER TABLE `technology_tags` ADD `domain` text DEFAULT '' NOT NULL;
--> statement-breakpoint
UPDATE technology_tags SET (updated_at, status, priority, domain) = (
	SELECT t.updated_at, t.status, t.priority, t.domain FROM technologies t WHERE t.id = technology_tags.technology_id
);
--> statement-breakpoint
CREATE INDEX `technology_tags_updated_idx` ON `technology_tags`
	(`project_id`, `tag`, `updated_at`, `technology_id`, `status`, `priority`, `domain`);
--> statement-breakpoint
DROP TRIGGER `technologies_filters_insert`;
--> statement-breakpoint
CREATE TRIGGER `technologies_filters_insert` AFTER INSERT ON `technologies` BEGIN
	INSERT INTO technology_tags (project_id, tag, technology_id, updated_at, status, priority, domain)
		SELECT DISTINCT new.project_id, value, new.id, new.updated_at, new.status, new.priority, new.domain
		FROM json_each(new.tags);
	INSERT OR IGNORE INTO technology_counts (project_id, tag, status, domain, priority)
		SELECT new.project_id, tag, new.status, new.domain, new.priority
		FROM (SELECT '' AS tag UNION SELECT value FROM json_each(new.tags));
	UPDATE technology_counts SET n = n + 1
		WHERE project_id = new.project_id AND status = new.status AND domain = new.domain AND priority = new.priority
			AND tag IN (SELECT '' UNION SELECT value FROM json_each(new.tags));
	INSERT INTO technologies_fts (rowid, title, vendor, description)
		VALUES (new.rowid, new.title, new.vendor, new.description);
END;
--> statement-breakpoint
DROP TRIGGER `technologies_filters_update`;
--> statement-breakpoint
CREATE TRIGGER `technologies_filters_update` AFTER UPDATE OF project_id, status, domain, priority, tags ON `technologies`
WHEN old.project_id IS NOT new.project_id OR old.status IS NOT new.status OR old.domain IS NOT new.domain
	OR old.priority IS NOT new.priority OR old.tags IS NOT new.tags
BEGIN
	DELETE FROM technology_tags
		WHERE project_id = old.project_id AND tag IN (SELECT value FROM json_each(old.tags)) AND technology_id = old.id;
	INSERT INTO technology_tags (project_id, tag, technology_id, updated_at, status, priority, domain)
		SELECT DISTINCT new.project_id, value, new.id, new.updated_at, new.status, new.priority, new.domain
		FROM json_each(new.tags);
	UPDATE technology_counts SET n = n - 1
		WHERE project_id = old.project_id AND status = old.status AND domain = old.domain AND priority = old.priority
			AND tag IN (SELECT '' UNION SELECT value FROM json_each(old.tags));
	DELETE FROM technology_counts
		WHERE n <= 0 AND project_id = old.project_id AND status = old.status AND domain = old.domain
			AND priority = old.priority AND tag IN (SELECT '' UNION SELECT value FROM json_each(old.tags));
	INSERT OR IGNORE INTO technology_counts (project_id, tag, status, domain, priority)
		SELECT new.project_id, tag, new.status, new.domain, new.priority
		FROM (SELECT '' AS tag UNION SELECT value FROM json_each(new.tags));
	UPDATE technology_counts SET n = n + 1
		WHERE project_id = new.project_id AND status = new.status AND domain = new.domain AND priority = new.priority
			AND tag IN (SELECT '' UNION SELECT value FROM json_each(new.tags));
END;
--> statement-breakpoint
-- Whichever order SQLite runs this and the trigger above in, the rows end with the new values:
-- this one sets them on the rows of the new tags that exist, the one above rewrites them all.
CREATE TRIGGER `technology_tags_follow` AFTER UPDATE OF updated_at, status, priority, domain ON `technologies`
WHEN old.updated_at IS NOT new.updated_at OR old.status IS NOT new.status OR old.priority IS NOT new.priority
	OR old.domain IS NOT new.domain
BEGIN
	UPDATE technology_tags SET updated_at = new.updated_at, status = new.status, priority = new.priority,
		domain = new.domain
		WHERE project_id = new.project_id AND tag IN (SELECT value FROM json_each(new.tags)) AND technology_id = new.id;
END;
--> statement-breakpoint
-- A data-only backup taken before this migration holds tag rows without the copied columns; on
-- restore the technologies' own trigger writes complete rows, so an incomplete one is ignored.
CREATE TRIGGER `technology_tags_ignore_incomplete` BEFORE INSERT ON `technology_tags` WHEN new.updated_at = ''
BEGIN
	SELECT RAISE(IGNORE);
END;
