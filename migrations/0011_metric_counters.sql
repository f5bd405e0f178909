CREATE TABLE `metric_counters` (
	`series` text PRIMARY KEY NOT NULL,
	`value` real DEFAULT 0 NOT NULL
);
