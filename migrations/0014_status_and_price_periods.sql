CREATE TABLE `standard_price_periods` (
	`model_id` integer NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`input_per_million` real,
	`output_per_million` real,
	PRIMARY KEY(`model_id`, `starts_on`),
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `standard_price_periods_input_asc_idx` ON `standard_price_periods` (("input_per_million" IS NULL),`input_per_million`,`model_id`,`starts_on`,`ends_on`);--> statement-breakpoint
CREATE INDEX `standard_price_periods_input_desc_idx` ON `standard_price_periods` (("input_per_million" IS NULL),"input_per_million" DESC,`model_id`,`starts_on`,`ends_on`);--> statement-breakpoint
CREATE INDEX `standard_price_periods_output_asc_idx` ON `standard_price_periods` (("output_per_million" IS NULL),`output_per_million`,`model_id`,`starts_on`,`ends_on`);--> statement-breakpoint
CREATE INDEX `standard_price_periods_output_desc_idx` ON `standard_price_periods` (("output_per_million" IS NULL),"output_per_million" DESC,`model_id`,`starts_on`,`ends_on`);--> statement-breakpoint
DROP INDEX `lifecycle_events_stage_idx`;--> statement-breakpoint
ALTER TABLE `lifecycle_events` ADD `ends_on` text;--> statement-breakpoint
CREATE INDEX `lifecycle_events_status_idx` ON `lifecycle_events` (`channel`,`stage`,`date`,`ends_on`,`model_id`);