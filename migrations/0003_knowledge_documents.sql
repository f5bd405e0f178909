CREATE TABLE `knowledge_chunks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` text NOT NULL,
	`document_id` text NOT NULL,
	`seq` integer NOT NULL,
	`title` text NOT NULL,
	`heading` text DEFAULT '' NOT NULL,
	`page` integer,
	`text` text NOT NULL,
	`tokens` integer NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `knowledge_entries`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `knowledge_chunks_document_idx` ON `knowledge_chunks` (`document_id`,`seq`);--> statement-breakpoint
CREATE INDEX `knowledge_chunks_project_idx` ON `knowledge_chunks` (`project_id`);--> statement-breakpoint
CREATE TABLE `knowledge_feeds` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`url` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`technology_ids` text DEFAULT '[]' NOT NULL,
	`etag` text,
	`last_modified` text,
	`last_polled_at` text,
	`last_error` text,
	`item_count` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `knowledge_feeds_project_url_idx` ON `knowledge_feeds` (`project_id`,`url`);--> statement-breakpoint
CREATE TABLE `knowledge_index_state` (
	`project_id` text PRIMARY KEY NOT NULL,
	`generation` integer DEFAULT 0 NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `knowledge_vectors` (
	`chunk_id` integer PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`document_id` text NOT NULL,
	`vector` blob NOT NULL,
	FOREIGN KEY (`chunk_id`) REFERENCES `knowledge_chunks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `knowledge_vectors_project_idx` ON `knowledge_vectors` (`project_id`);--> statement-breakpoint
ALTER TABLE `knowledge_entries` ADD `source_key` text;--> statement-breakpoint
ALTER TABLE `knowledge_entries` ADD `feed_id` text REFERENCES knowledge_feeds(id);--> statement-breakpoint
ALTER TABLE `knowledge_entries` ADD `content_hash` text;--> statement-breakpoint
ALTER TABLE `knowledge_entries` ADD `size_bytes` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `knowledge_entries` ADD `status` text DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE `knowledge_entries` ADD `status_reason` text;--> statement-breakpoint
ALTER TABLE `knowledge_entries` ADD `chunk_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `knowledge_entries` ADD `indexed_at` text;--> statement-breakpoint
CREATE UNIQUE INDEX `knowledge_project_source_key_idx` ON `knowledge_entries` (`project_id`,`source_key`);