CREATE TABLE `technology_counts` (
	`project_id` text NOT NULL,
	`tag` text NOT NULL,
	`status` text NOT NULL,
	`domain` text NOT NULL,
	`priority` integer NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`project_id`, `tag`, `status`, `domain`, `priority`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `technology_tags` (
	`project_id` text NOT NULL,
	`tag` text NOT NULL,
	`technology_id` text NOT NULL,
	PRIMARY KEY(`project_id`, `tag`, `technology_id`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
DROP INDEX `technologies_project_updated_idx`;--> statement-breakpoint
CREATE INDEX `technologies_project_updated_idx` ON `technologies` (`project_id`,`updated_at`,`id`,`status`,`priority`,`domain`);