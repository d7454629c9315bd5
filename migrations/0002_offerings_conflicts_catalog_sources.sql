CREATE TABLE `offerings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`model_id` integer NOT NULL,
	`host_id` integer NOT NULL,
	`host_model_id` text NOT NULL,
	`context_window` integer,
	`max_output_tokens` integer,
	`source_id` integer,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`host_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `offerings_host_model_idx` ON `offerings` (`host_id`,`host_model_id`);--> statement-breakpoint
CREATE INDEX `offerings_model_idx` ON `offerings` (`model_id`);--> statement-breakpoint
CREATE TABLE `fact_conflicts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`model_id` integer NOT NULL,
	`field` text NOT NULL,
	`value` text,
	`source_id` integer,
	`other_value` text,
	`other_source_id` integer,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`other_source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `fact_conflicts_model_idx` ON `fact_conflicts` (`model_id`);--> statement-breakpoint
CREATE INDEX `fact_conflicts_other_source_idx` ON `fact_conflicts` (`other_source_id`);--> statement-breakpoint
ALTER TABLE `sources` ADD `catalog` text;--> statement-breakpoint
CREATE INDEX `sources_catalog_idx` ON `sources` (`catalog`);--> statement-breakpoint
ALTER TABLE `prices` ADD `offering_id` integer REFERENCES offerings(id);--> statement-breakpoint
CREATE INDEX `prices_offering_idx` ON `prices` (`offering_id`);