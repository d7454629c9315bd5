CREATE TABLE `status_periods` (
	`model_id` integer NOT NULL,
	`channel` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`status` text NOT NULL,
	PRIMARY KEY(`model_id`, `channel`, `starts_on`),
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "status_periods_channel_enum" CHECK("status_periods"."channel" IN ('API', 'CHAT_APP', 'AZURE', 'AWS_BEDROCK', 'GOOGLE_VERTEX')),
	CONSTRAINT "status_periods_status_enum" CHECK("status_periods"."status" IN ('UNRELEASED', 'PREVIEW', 'ACTIVE', 'DEPRECATED', 'RETIRED', 'UNKNOWN'))
);
--> statement-breakpoint
CREATE INDEX `status_periods_status_idx` ON `status_periods` (`channel`,`status`,`starts_on`,`ends_on`,`model_id`);--> statement-breakpoint
DROP INDEX `lifecycle_events_status_idx`;--> statement-breakpoint
ALTER TABLE `lifecycle_events` DROP COLUMN `ends_on`;