-- The portfolio's data version: one counter moved by triggers on every change a portfolio radar or
-- matrix can see (a technology joining, leaving or changing key, ring, status, title or domain, which
-- portfolio_members' triggers turn into a delete and an insert; a "same as" link; a project added,
-- removed or renamed). The radar and matrix keep their computed answers per version in memory and
-- recompute only when it has moved (worker/features/portfolio/answer-cache.ts). `epoch` is random per
-- database: a database made again from its migrations (a restore into a fresh one, a test's storage)
-- counts from 0 again, and must not match an answer remembered from the one before.
-- Written by hand: drizzle-kit cannot express triggers.
CREATE TABLE `portfolio_version` (
	`id` integer PRIMARY KEY NOT NULL CHECK (`id` = 1),
	`version` integer DEFAULT 0 NOT NULL,
	`epoch` text DEFAULT (lower(hex(randomblob(8)))) NOT NULL
);
--> statement-breakpoint
INSERT INTO `portfolio_version` (`id`, `version`) VALUES (1, 0);
--> statement-breakpoint
-- A data-only backup holds this row too: on restore the one above stays and the triggers move it.
CREATE TRIGGER `portfolio_version_ignore_duplicate` BEFORE INSERT ON `portfolio_version`
WHEN EXISTS (SELECT 1 FROM portfolio_version WHERE id = new.id)
BEGIN
	SELECT RAISE(IGNORE);
END;
--> statement-breakpoint
CREATE TRIGGER `portfolio_version_member_insert` AFTER INSERT ON `portfolio_members` BEGIN
	UPDATE portfolio_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `portfolio_version_member_delete` AFTER DELETE ON `portfolio_members` BEGIN
	UPDATE portfolio_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `portfolio_version_member_update` AFTER UPDATE ON `portfolio_members` BEGIN
	UPDATE portfolio_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `portfolio_version_link_insert` AFTER INSERT ON `technology_links` BEGIN
	UPDATE portfolio_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `portfolio_version_link_delete` AFTER DELETE ON `technology_links` BEGIN
	UPDATE portfolio_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `portfolio_version_link_update` AFTER UPDATE ON `technology_links` BEGIN
	UPDATE portfolio_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `portfolio_version_project_insert` AFTER INSERT ON `projects` BEGIN
	UPDATE portfolio_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `portfolio_version_project_delete` AFTER DELETE ON `projects` BEGIN
	UPDATE portfolio_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `portfolio_version_project_update` AFTER UPDATE OF slug, name ON `projects` BEGIN
	UPDATE portfolio_version SET version = version + 1 WHERE id = 1;
END;
