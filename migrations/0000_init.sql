CREATE TABLE `knowledge_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`title` text NOT NULL,
	`source_type` text DEFAULT 'note' NOT NULL,
	`source_url` text,
	`content` text DEFAULT '' NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`technology_ids` text DEFAULT '[]' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `knowledge_project_source_idx` ON `knowledge_entries` (`project_id`,`source_type`);--> statement-breakpoint
CREATE INDEX `knowledge_project_updated_idx` ON `knowledge_entries` (`project_id`,`updated_at`);--> statement-breakpoint
CREATE TABLE `api_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text,
	`name` text NOT NULL,
	`prefix` text NOT NULL,
	`secret_hash` text NOT NULL,
	`scopes` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`last_used_at` text,
	`revoked_at` text,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_hash_uq` ON `api_keys` (`secret_hash`);--> statement-breakpoint
CREATE INDEX `api_keys_project_idx` ON `api_keys` (`project_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text,
	`key_id` text,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`before` text,
	`after` text,
	`request_id` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `audit_project_time_idx` ON `audit_log` (`project_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `audit_project_entity_idx` ON `audit_log` (`project_id`,`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_key_idx` ON `audit_log` (`key_id`);--> statement-breakpoint
CREATE TABLE `projects` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`owner` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `projects_slug_uq` ON `projects` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `projects_owner_name_uq` ON `projects` (`owner`,`name`);--> statement-breakpoint
CREATE TABLE `repositories` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`provider` text NOT NULL,
	`owner` text NOT NULL,
	`name` text NOT NULL,
	`url` text,
	`default_branch` text DEFAULT 'main' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`stars` integer DEFAULT 0 NOT NULL,
	`language` text,
	`last_synced_at` text,
	`last_analysed_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `repositories_project_full_name_uq` ON `repositories` (`project_id`,`provider`,`owner`,`name`);--> statement-breakpoint
CREATE INDEX `repositories_project_language_idx` ON `repositories` (`project_id`,`language`);--> statement-breakpoint
CREATE TABLE `research_tasks` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'todo' NOT NULL,
	`priority` integer DEFAULT 3 NOT NULL,
	`assignee` text,
	`due_date` text,
	`technology_id` text,
	`repository_id` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`technology_id`) REFERENCES `technologies`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`repository_id`) REFERENCES `repositories`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `research_tasks_project_status_idx` ON `research_tasks` (`project_id`,`status`);--> statement-breakpoint
CREATE INDEX `research_tasks_project_assignee_idx` ON `research_tasks` (`project_id`,`assignee`);--> statement-breakpoint
CREATE INDEX `research_tasks_project_due_idx` ON `research_tasks` (`project_id`,`due_date`);--> statement-breakpoint
CREATE INDEX `research_tasks_technology_idx` ON `research_tasks` (`technology_id`);--> statement-breakpoint
CREATE INDEX `research_tasks_repository_idx` ON `research_tasks` (`repository_id`);--> statement-breakpoint
CREATE TABLE `technologies` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`title` text NOT NULL,
	`vendor` text,
	`domain` text DEFAULT 'other' NOT NULL,
	`status` text DEFAULT 'discovery' NOT NULL,
	`priority` integer DEFAULT 3 NOT NULL,
	`relevance_score` integer DEFAULT 50 NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`links` text DEFAULT '[]' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "technologies_priority_ck" CHECK("technologies"."priority" between 1 and 5),
	CONSTRAINT "technologies_relevance_ck" CHECK("technologies"."relevance_score" between 0 and 100)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `technologies_project_title_uq` ON `technologies` (`project_id`,`title`);--> statement-breakpoint
CREATE INDEX `technologies_project_status_idx` ON `technologies` (`project_id`,`status`);--> statement-breakpoint
CREATE INDEX `technologies_project_domain_idx` ON `technologies` (`project_id`,`domain`);--> statement-breakpoint
CREATE INDEX `technologies_project_priority_idx` ON `technologies` (`project_id`,`priority`);--> statement-breakpoint
CREATE INDEX `technologies_project_updated_idx` ON `technologies` (`project_id`,`updated_at`);--> statement-breakpoint
CREATE TABLE `technology_events` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`technology_id` text NOT NULL,
	`kind` text NOT NULL,
	`from_value` text,
	`to_value` text,
	`note` text,
	`actor_key_id` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`technology_id`) REFERENCES `technologies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `technology_events_tech_idx` ON `technology_events` (`project_id`,`technology_id`,`created_at`);