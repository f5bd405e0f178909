DROP INDEX `technologies_project_status_idx`;--> statement-breakpoint
CREATE INDEX `technologies_project_status_priority_idx` ON `technologies` (`project_id`,`status`,`priority`,`updated_at`,`id`);