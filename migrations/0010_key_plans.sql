ALTER TABLE `api_keys` ADD `plan` text DEFAULT 'standard' NOT NULL;
