CREATE TABLE `pending_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`catalog` text NOT NULL,
	`source_id` integer NOT NULL,
	`kind` text NOT NULL,
	`key` text NOT NULL,
	`model` text NOT NULL,
	`record` text NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pending_records_key_idx` ON `pending_records` (`catalog`,`kind`,`key`);--> statement-breakpoint
CREATE TABLE `offering_claims` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`field` text NOT NULL,
	`value` text NOT NULL,
	`precision` text,
	`origin` text NOT NULL,
	`source_id` integer,
	`observed_on` text,
	`wins` integer DEFAULT false NOT NULL,
	`offering_id` integer NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`offering_id`) REFERENCES `offerings`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "offering_claims_precision_enum" CHECK("offering_claims"."precision" IN ('DAY', 'MONTH', 'YEAR')),
	CONSTRAINT "offering_claims_observed_on_iso" CHECK("offering_claims"."observed_on" IS NULL OR date("offering_claims"."observed_on") = "offering_claims"."observed_on"),
	CONSTRAINT "offering_claims_value_json" CHECK(json_valid("offering_claims"."value"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `offering_claims_origin_idx` ON `offering_claims` (`offering_id`,`field`,`origin`);--> statement-breakpoint
CREATE INDEX `offering_claims_source_idx` ON `offering_claims` (`source_id`);--> statement-breakpoint
CREATE TABLE `provider_claims` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`field` text NOT NULL,
	`value` text NOT NULL,
	`precision` text,
	`origin` text NOT NULL,
	`source_id` integer,
	`observed_on` text,
	`wins` integer DEFAULT false NOT NULL,
	`provider_id` integer NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "provider_claims_precision_enum" CHECK("provider_claims"."precision" IN ('DAY', 'MONTH', 'YEAR')),
	CONSTRAINT "provider_claims_observed_on_iso" CHECK("provider_claims"."observed_on" IS NULL OR date("provider_claims"."observed_on") = "provider_claims"."observed_on"),
	CONSTRAINT "provider_claims_value_json" CHECK(json_valid("provider_claims"."value"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `provider_claims_origin_idx` ON `provider_claims` (`provider_id`,`field`,`origin`);--> statement-breakpoint
CREATE INDEX `provider_claims_source_idx` ON `provider_claims` (`source_id`);--> statement-breakpoint
ALTER TABLE `benchmark_results` ADD `superseded` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `offerings` ADD `model_name` text;