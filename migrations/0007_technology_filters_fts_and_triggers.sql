-- Indexes for the technology list's tag and text filters, kept in step by triggers so that every
-- path that writes a technology (the API, repository analysis, a restore, a seed) keeps them right.
-- drizzle-kit cannot express virtual tables or triggers, so this migration is written by hand.
--
-- technologies_fts: FTS5 over title, vendor and description with the trigram tokenizer, which
-- answers case-insensitive substring queries of three or more characters from the index (the
-- semantics of the list's `q`). External content: the text is read from technologies by rowid.
CREATE VIRTUAL TABLE `technologies_fts` USING fts5(
	title,
	vendor,
	description,
	content = 'technologies',
	content_rowid = 'rowid',
	tokenize = 'trigram'
);
--> statement-breakpoint
INSERT INTO technologies_fts (technologies_fts) VALUES ('rebuild');
--> statement-breakpoint
INSERT INTO technology_tags (project_id, tag, technology_id)
	SELECT DISTINCT t.project_id, j.value, t.id FROM technologies t, json_each(t.tags) j;
--> statement-breakpoint
-- tag '' counts every technology of the project; one row per tag counts those carrying it.
INSERT INTO technology_counts (project_id, tag, status, domain, priority, n)
	SELECT project_id, tag, status, domain, priority, count(*) FROM (
		SELECT project_id, '' AS tag, status, domain, priority FROM technologies
		UNION ALL
		SELECT t.project_id, g.tag, t.status, t.domain, t.priority
			FROM technology_tags g JOIN technologies t ON t.id = g.technology_id
	)
	GROUP BY project_id, tag, status, domain, priority;
--> statement-breakpoint
CREATE TRIGGER `technologies_filters_insert` AFTER INSERT ON `technologies` BEGIN
	INSERT INTO technology_tags (project_id, tag, technology_id)
		SELECT DISTINCT new.project_id, value, new.id FROM json_each(new.tags);
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
CREATE TRIGGER `technologies_filters_delete` AFTER DELETE ON `technologies` BEGIN
	DELETE FROM technology_tags
		WHERE project_id = old.project_id AND tag IN (SELECT value FROM json_each(old.tags)) AND technology_id = old.id;
	UPDATE technology_counts SET n = n - 1
		WHERE project_id = old.project_id AND status = old.status AND domain = old.domain AND priority = old.priority
			AND tag IN (SELECT '' UNION SELECT value FROM json_each(old.tags));
	DELETE FROM technology_counts
		WHERE n <= 0 AND project_id = old.project_id AND status = old.status AND domain = old.domain
			AND priority = old.priority AND tag IN (SELECT '' UNION SELECT value FROM json_each(old.tags));
	INSERT INTO technologies_fts (technologies_fts, rowid, title, vendor, description)
		VALUES ('delete', old.rowid, old.title, old.vendor, old.description);
END;
--> statement-breakpoint
CREATE TRIGGER `technologies_filters_update` AFTER UPDATE OF project_id, status, domain, priority, tags ON `technologies`
WHEN old.project_id IS NOT new.project_id OR old.status IS NOT new.status OR old.domain IS NOT new.domain
	OR old.priority IS NOT new.priority OR old.tags IS NOT new.tags
BEGIN
	DELETE FROM technology_tags
		WHERE project_id = old.project_id AND tag IN (SELECT value FROM json_each(old.tags)) AND technology_id = old.id;
	INSERT INTO technology_tags (project_id, tag, technology_id)
		SELECT DISTINCT new.project_id, value, new.id FROM json_each(new.tags);
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
CREATE TRIGGER `technologies_fts_update` AFTER UPDATE OF title, vendor, description ON `technologies`
WHEN old.title IS NOT new.title OR old.vendor IS NOT new.vendor OR old.description IS NOT new.description
BEGIN
	INSERT INTO technologies_fts (technologies_fts, rowid, title, vendor, description)
		VALUES ('delete', old.rowid, old.title, old.vendor, old.description);
	INSERT INTO technologies_fts (rowid, title, vendor, description)
		VALUES (new.rowid, new.title, new.vendor, new.description);
END;
--> statement-breakpoint
-- Both tables are derived from technologies, yet a data-only backup (npm run db:backup) holds their
-- rows too. On restore the triggers above rebuild them as the technologies arrive, so rows inserted
-- from outside are ignored: a tag row that is already there, and a count row carrying a count
-- (the triggers create count rows at 0 and move them only by UPDATE).
CREATE TRIGGER `technology_tags_ignore_duplicate` BEFORE INSERT ON `technology_tags`
WHEN EXISTS (
	SELECT 1 FROM technology_tags
	WHERE project_id = new.project_id AND tag = new.tag AND technology_id = new.technology_id
)
BEGIN
	SELECT RAISE(IGNORE);
END;
--> statement-breakpoint
CREATE TRIGGER `technology_counts_only_from_triggers` BEFORE INSERT ON `technology_counts` WHEN new.n <> 0
BEGIN
	SELECT RAISE(IGNORE);
END;
