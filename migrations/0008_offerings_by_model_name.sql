CREATE TABLE `pending_offerings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`catalog` text NOT NULL,
	`source_id` integer NOT NULL,
	`host` text NOT NULL,
	`host_model_id` text NOT NULL,
	`model` text NOT NULL,
	`offering` text NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pending_offerings_host_model_idx` ON `pending_offerings` (`catalog`,`host`,`host_model_id`);--> statement-breakpoint
ALTER TABLE `offerings` ADD `model_name` text;