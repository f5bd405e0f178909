-- The per-project list version (0008) now also moves when a column a list sorts by changes
-- (relevance score, created and updated time), not only its filtered and searched columns: a text
-- search caches a page's ids by this version, and a page's order must be as exact as its members.
-- Every write through the API sets updated_at, so in practice any change to a technology moves it.
DROP TRIGGER `technology_list_versions_update`;
--> statement-breakpoint
CREATE TRIGGER `technology_list_versions_update`
AFTER UPDATE OF project_id, status, domain, priority, tags, title, vendor, description, relevance_score, created_at,
	updated_at ON `technologies`
BEGIN
	UPDATE technology_list_versions SET version = version + 1 WHERE project_id = old.project_id;
	INSERT OR IGNORE INTO technology_list_versions (project_id, version) VALUES (old.project_id, 1);
	UPDATE technology_list_versions SET version = version + 1 WHERE project_id = new.project_id;
	INSERT OR IGNORE INTO technology_list_versions (project_id, version) VALUES (new.project_id, 1);
END;
