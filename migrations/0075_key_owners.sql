ALTER TABLE `api_keys` ADD `owner_id` text;
--> statement-breakpoint
CREATE INDEX `api_keys_owner_idx` ON `api_keys` (`owner_id`);
