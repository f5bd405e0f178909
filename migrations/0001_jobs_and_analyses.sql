CREATE TABLE `analyses` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`repository_id` text NOT NULL,
	`job_id` text,
	`source` text NOT NULL,
	`file_count` integer NOT NULL,
	`total_lines` integer NOT NULL,
	`languages` text NOT NULL,
	`dependencies` text NOT NULL,
	`technologies` text NOT NULL,
	`problems` text NOT NULL,
	`skipped` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`repository_id`) REFERENCES `repositories`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `analyses_repo_idx` ON `analyses` (`project_id`,`repository_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `technology_evidence` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`technology_id` text NOT NULL,
	`repository_id` text NOT NULL,
	`analysis_id` text NOT NULL,
	`kind` text NOT NULL,
	`file` text NOT NULL,
	`dependency` text,
	`version` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`technology_id`) REFERENCES `technologies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`repository_id`) REFERENCES `repositories`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`analysis_id`) REFERENCES `analyses`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `evidence_tech_idx` ON `technology_evidence` (`project_id`,`technology_id`);--> statement-breakpoint
CREATE INDEX `evidence_repo_idx` ON `technology_evidence` (`project_id`,`repository_id`);--> statement-breakpoint
CREATE TABLE `jobs` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`type` text NOT NULL,
	`params` text NOT NULL,
	`status` text NOT NULL,
	`progress` integer DEFAULT 0 NOT NULL,
	`step` text,
	`result` text,
	`error` text,
	`attempt` integer DEFAULT 0 NOT NULL,
	`max_attempts` integer NOT NULL,
	`parent_id` text,
	`run_at` text,
	`created_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`started_at` text,
	`finished_at` text,
	`duration_ms` integer,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `jobs_project_created_idx` ON `jobs` (`project_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `jobs_project_status_idx` ON `jobs` (`project_id`,`status`);--> statement-breakpoint
CREATE INDEX `jobs_project_type_idx` ON `jobs` (`project_id`,`type`);--> statement-breakpoint
CREATE INDEX `jobs_parent_idx` ON `jobs` (`parent_id`);