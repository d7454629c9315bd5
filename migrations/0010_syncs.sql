CREATE TABLE `syncs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source` text NOT NULL,
	`url` text NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text,
	`outcome` text NOT NULL,
	`summary` text,
	`etag` text,
	`last_modified` text,
	`body_hash` text,
	CONSTRAINT "syncs_outcome_enum" CHECK("syncs"."outcome" IN ('CHANGED', 'UNCHANGED', 'FAILED', 'RUNNING'))
);
--> statement-breakpoint
CREATE INDEX `syncs_source_idx` ON `syncs` (`source`,`id`);