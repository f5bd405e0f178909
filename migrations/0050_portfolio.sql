-- The portfolio: technologies matched across projects by a normalised key, kept by triggers so every
-- path that writes a technology (the API, repository analysis, imports, a restore, a seed) keeps the
-- portfolio in step; "same as" links an instance admin sets; radar-vs-code drift items.
-- Written by hand: drizzle-kit cannot express triggers.
--
-- The key is shared/portfolio.ts's normaliseKey in SQL: ASCII lower case, without ' ', '.', '-', '_', '/'.
-- The ring is shared/vocabulary.ts's ringOf in SQL. tests/portfolio/keys.test.ts keeps both in step.
CREATE TABLE `portfolio_members` (
	`technology_id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`key` text NOT NULL,
	`title` text NOT NULL,
	`domain` text NOT NULL,
	`status` text NOT NULL,
	`ring` text NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `portfolio_members_key_idx` ON `portfolio_members` (`key`,`project_id`,`ring`);
--> statement-breakpoint
CREATE INDEX `portfolio_members_project_idx` ON `portfolio_members` (`project_id`,`key`);
--> statement-breakpoint
CREATE TABLE `portfolio_keys` (
	`key` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`domain` text NOT NULL,
	`projects` integer DEFAULT 0 NOT NULL,
	`technologies` integer DEFAULT 0 NOT NULL,
	`adopt` integer DEFAULT 0 NOT NULL,
	`trial` integer DEFAULT 0 NOT NULL,
	`assess` integer DEFAULT 0 NOT NULL,
	`hold` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `technology_links` (
	`alias` text PRIMARY KEY NOT NULL,
	`canonical` text NOT NULL,
	`alias_title` text NOT NULL,
	`canonical_title` text NOT NULL,
	`created_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `technology_links_canonical_idx` ON `technology_links` (`canonical`);
--> statement-breakpoint
CREATE TABLE `drift_items` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`kind` text NOT NULL,
	`key` text NOT NULL,
	`title` text NOT NULL,
	`technology_id` text,
	`details` text DEFAULT '{}' NOT NULL,
	`state` text DEFAULT 'open' NOT NULL,
	`first_seen_at` text NOT NULL,
	`resolved_at` text,
	`dismissed_at` text,
	`dismiss_reason` text,
	`dismissed_by` text,
	`research_task_id` text,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`technology_id`) REFERENCES `technologies`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `drift_items_active_uq` ON `drift_items` (`project_id`,`kind`,`key`) WHERE `resolved_at` IS NULL;
--> statement-breakpoint
CREATE INDEX `drift_items_state_idx` ON `drift_items` (`state`,`id`);
--> statement-breakpoint
CREATE INDEX `drift_items_project_state_idx` ON `drift_items` (`project_id`,`state`,`id`);
--> statement-breakpoint
CREATE INDEX `drift_items_technology_idx` ON `drift_items` (`technology_id`);
--> statement-breakpoint
CREATE TRIGGER `portfolio_keys_add` AFTER INSERT ON `portfolio_members` BEGIN
	INSERT OR IGNORE INTO portfolio_keys (key, title, domain) VALUES (new.key, new.title, new.domain);
	UPDATE portfolio_keys SET
		technologies = technologies + 1,
		projects = projects + (SELECT count(*) = 1 FROM portfolio_members WHERE key = new.key AND project_id = new.project_id),
		adopt = adopt + (new.ring = 'adopt'),
		trial = trial + (new.ring = 'trial'),
		assess = assess + (new.ring = 'assess'),
		hold = hold + (new.ring = 'hold')
	WHERE key = new.key;
END;
--> statement-breakpoint
CREATE TRIGGER `portfolio_keys_remove` AFTER DELETE ON `portfolio_members` BEGIN
	UPDATE portfolio_keys SET
		technologies = technologies - 1,
		projects = projects - (NOT EXISTS (SELECT 1 FROM portfolio_members WHERE key = old.key AND project_id = old.project_id)),
		adopt = adopt - (old.ring = 'adopt'),
		trial = trial - (old.ring = 'trial'),
		assess = assess - (old.ring = 'assess'),
		hold = hold - (old.ring = 'hold'),
		title = CASE WHEN title = old.title
			THEN coalesce((SELECT title FROM portfolio_members WHERE key = old.key LIMIT 1), title) ELSE title END
	WHERE key = old.key;
	DELETE FROM portfolio_keys WHERE key = old.key AND technologies <= 0;
END;
--> statement-breakpoint
CREATE TRIGGER `portfolio_members_insert` AFTER INSERT ON `technologies` BEGIN
	INSERT INTO portfolio_members (technology_id, project_id, key, title, domain, status, ring) VALUES (
		new.id, new.project_id,
		lower(replace(replace(replace(replace(replace(new.title, ' ', ''), '.', ''), '-', ''), '_', ''), '/', '')),
		new.title, new.domain, new.status,
		CASE new.status WHEN 'integrated' THEN 'adopt' WHEN 'implementation' THEN 'trial' WHEN 'archived' THEN 'hold' ELSE 'assess' END
	);
END;
--> statement-breakpoint
CREATE TRIGGER `portfolio_members_delete` AFTER DELETE ON `technologies` BEGIN
	DELETE FROM portfolio_members WHERE technology_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `portfolio_members_update` AFTER UPDATE OF project_id, title, domain, status ON `technologies`
WHEN old.project_id IS NOT new.project_id OR old.title IS NOT new.title OR old.domain IS NOT new.domain
	OR old.status IS NOT new.status
BEGIN
	DELETE FROM portfolio_members WHERE technology_id = old.id;
	INSERT INTO portfolio_members (technology_id, project_id, key, title, domain, status, ring) VALUES (
		new.id, new.project_id,
		lower(replace(replace(replace(replace(replace(new.title, ' ', ''), '.', ''), '-', ''), '_', ''), '/', '')),
		new.title, new.domain, new.status,
		CASE new.status WHEN 'integrated' THEN 'adopt' WHEN 'implementation' THEN 'trial' WHEN 'archived' THEN 'hold' ELSE 'assess' END
	);
END;
--> statement-breakpoint
INSERT INTO portfolio_members (technology_id, project_id, key, title, domain, status, ring)
	SELECT id, project_id,
		lower(replace(replace(replace(replace(replace(title, ' ', ''), '.', ''), '-', ''), '_', ''), '/', '')),
		title, domain, status,
		CASE status WHEN 'integrated' THEN 'adopt' WHEN 'implementation' THEN 'trial' WHEN 'archived' THEN 'hold' ELSE 'assess' END
	FROM technologies;
