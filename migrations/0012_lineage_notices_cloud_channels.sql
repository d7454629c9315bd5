CREATE TABLE `relation_verdicts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`from_model_id` integer NOT NULL,
	`to_model_id` integer NOT NULL,
	`kind` text NOT NULL,
	`holds` integer NOT NULL,
	`note` text,
	`source_id` integer,
	`rule` text,
	`decided_at` text NOT NULL,
	FOREIGN KEY (`from_model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`to_model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "relation_verdicts_kind_enum" CHECK("relation_verdicts"."kind" IN ('SUCCESSOR', 'RELATED', 'SIBLING', 'DISTILLED_FROM', 'FINE_TUNED_FROM', 'SNAPSHOT_OF'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `relation_verdicts_edge_idx` ON `relation_verdicts` (`from_model_id`,`to_model_id`,`kind`);--> statement-breakpoint
CREATE TABLE `deprecation_notices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`model_id` integer NOT NULL,
	`channel` text NOT NULL,
	`origin` text NOT NULL,
	`announced_on` text NOT NULL,
	`deprecated_on` text,
	`retires_on` text,
	`note` text,
	`source_id` integer,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "deprecation_notices_channel_enum" CHECK("deprecation_notices"."channel" IN ('API', 'CHAT_APP', 'AZURE', 'AWS_BEDROCK', 'GOOGLE_VERTEX')),
	CONSTRAINT "deprecation_notices_announced_iso" CHECK(date("deprecation_notices"."announced_on") = "deprecation_notices"."announced_on"),
	CONSTRAINT "deprecation_notices_deprecated_iso" CHECK("deprecation_notices"."deprecated_on" IS NULL OR date("deprecation_notices"."deprecated_on") = "deprecation_notices"."deprecated_on"),
	CONSTRAINT "deprecation_notices_retires_iso" CHECK("deprecation_notices"."retires_on" IS NULL OR date("deprecation_notices"."retires_on") = "deprecation_notices"."retires_on")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `deprecation_notices_idx` ON `deprecation_notices` (`model_id`,`channel`,`origin`,`announced_on`);--> statement-breakpoint
CREATE INDEX `deprecation_notices_source_idx` ON `deprecation_notices` (`source_id`);--> statement-breakpoint
CREATE TABLE `notice_replacements` (
	`notice_id` integer NOT NULL,
	`position` integer NOT NULL,
	`model_id` integer NOT NULL,
	FOREIGN KEY (`notice_id`) REFERENCES `deprecation_notices`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notice_replacements_idx` ON `notice_replacements` (`notice_id`,`position`);--> statement-breakpoint
CREATE INDEX `notice_replacements_model_idx` ON `notice_replacements` (`model_id`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_lifecycle_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`model_id` integer NOT NULL,
	`channel` text NOT NULL,
	`stage` text NOT NULL,
	`date` text NOT NULL,
	`note` text,
	`source_id` integer,
	`notice_id` integer,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`notice_id`) REFERENCES `deprecation_notices`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "lifecycle_events_channel_enum" CHECK("__new_lifecycle_events"."channel" IN ('API', 'CHAT_APP', 'AZURE', 'AWS_BEDROCK', 'GOOGLE_VERTEX')),
	CONSTRAINT "lifecycle_events_stage_enum" CHECK("__new_lifecycle_events"."stage" IN ('ANNOUNCED', 'PREVIEW', 'RELEASED', 'DEPRECATED', 'RETIRED')),
	CONSTRAINT "lifecycle_events_date_iso" CHECK("__new_lifecycle_events"."date" IS NULL OR date("__new_lifecycle_events"."date") = "__new_lifecycle_events"."date")
);
--> statement-breakpoint
INSERT INTO `__new_lifecycle_events`("id", "model_id", "channel", "stage", "date", "note", "source_id") SELECT "id", "model_id", "channel", "stage", "date", "note", "source_id" FROM `lifecycle_events`;--> statement-breakpoint
DROP TABLE `lifecycle_events`;--> statement-breakpoint
ALTER TABLE `__new_lifecycle_events` RENAME TO `lifecycle_events`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `lifecycle_events_unique_idx` ON `lifecycle_events` (`model_id`,`channel`,`stage`);--> statement-breakpoint
CREATE INDEX `lifecycle_events_model_idx` ON `lifecycle_events` (`model_id`,`date`);--> statement-breakpoint
CREATE INDEX `lifecycle_events_stage_idx` ON `lifecycle_events` (`channel`,`stage`,`date`);--> statement-breakpoint
CREATE TABLE `__new_model_relations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`from_model_id` integer NOT NULL,
	`to_model_id` integer NOT NULL,
	`kind` text NOT NULL,
	`note` text,
	`since` text,
	`source_id` integer,
	`origin` text DEFAULT 'curated' NOT NULL,
	`rule` text,
	`confidence` real,
	FOREIGN KEY (`from_model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`to_model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "model_relations_kind_enum" CHECK("__new_model_relations"."kind" IN ('SUCCESSOR', 'RELATED', 'SIBLING', 'DISTILLED_FROM', 'FINE_TUNED_FROM', 'SNAPSHOT_OF')),
	CONSTRAINT "model_relations_no_self_edge" CHECK("__new_model_relations"."from_model_id" <> "__new_model_relations"."to_model_id"),
	CONSTRAINT "model_relations_since_iso" CHECK("__new_model_relations"."since" IS NULL OR date("__new_model_relations"."since") = "__new_model_relations"."since"),
	CONSTRAINT "model_relations_origin_enum" CHECK("__new_model_relations"."origin" IN ('curated', 'notices', 'inferred')),
	CONSTRAINT "model_relations_confidence_range" CHECK("__new_model_relations"."confidence" IS NULL OR ("__new_model_relations"."confidence" >= 0 AND "__new_model_relations"."confidence" <= 1))
);
--> statement-breakpoint
INSERT INTO `__new_model_relations`("id", "from_model_id", "to_model_id", "kind", "note", "since", "source_id") SELECT "id", "from_model_id", "to_model_id", "kind", "note", "since", "source_id" FROM `model_relations`;--> statement-breakpoint
DROP TABLE `model_relations`;--> statement-breakpoint
ALTER TABLE `__new_model_relations` RENAME TO `model_relations`;--> statement-breakpoint
CREATE UNIQUE INDEX `model_relations_edge_idx` ON `model_relations` (`from_model_id`,`to_model_id`,`kind`);--> statement-breakpoint
CREATE INDEX `model_relations_to_idx` ON `model_relations` (`to_model_id`,`kind`);