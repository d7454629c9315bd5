CREATE TABLE `model_claims` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`model_id` integer NOT NULL,
	`field` text NOT NULL,
	`value` text NOT NULL,
	`precision` text,
	`origin` text NOT NULL,
	`source_id` integer,
	`observed_on` text,
	`wins` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "model_claims_precision_enum" CHECK("model_claims"."precision" IN ('DAY', 'MONTH', 'YEAR')),
	CONSTRAINT "model_claims_observed_on_iso" CHECK("model_claims"."observed_on" IS NULL OR date("model_claims"."observed_on") = "model_claims"."observed_on"),
	CONSTRAINT "model_claims_value_json" CHECK(json_valid("model_claims"."value"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `model_claims_origin_idx` ON `model_claims` (`model_id`,`field`,`origin`);--> statement-breakpoint
CREATE INDEX `model_claims_source_idx` ON `model_claims` (`source_id`);--> statement-breakpoint
ALTER TABLE `models` ADD `release_date_precision` text;--> statement-breakpoint
ALTER TABLE `models` ADD `knowledge_cutoff_precision` text;--> statement-breakpoint
ALTER TABLE `prices` ADD `superseded` integer DEFAULT false NOT NULL;