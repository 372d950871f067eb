CREATE TABLE "overlap_flag_decisions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"flag_id" uuid NOT NULL,
	"event" text NOT NULL,
	"resolution" "flag_resolution",
	"note" text,
	"actor_id" uuid,
	"details" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "overlap_flag_decisions_event_chk" CHECK ("overlap_flag_decisions"."event" IN ('resolved', 'reopened'))
);
--> statement-breakpoint
ALTER TABLE "program_versions" ADD COLUMN "ack_kind" text;--> statement-breakpoint
ALTER TABLE "program_versions" ADD COLUMN "ack_note" text;--> statement-breakpoint
ALTER TABLE "program_versions" ADD COLUMN "ack_matches" jsonb;--> statement-breakpoint
ALTER TABLE "overlap_flag_decisions" ADD CONSTRAINT "overlap_flag_decisions_flag_id_overlap_flags_id_fk" FOREIGN KEY ("flag_id") REFERENCES "public"."overlap_flags"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overlap_flag_decisions" ADD CONSTRAINT "overlap_flag_decisions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "overlap_flag_decisions_flag_idx" ON "overlap_flag_decisions" USING btree ("flag_id","at");--> statement-breakpoint
ALTER TABLE "program_versions" ADD CONSTRAINT "program_versions_ack_kind_chk" CHECK ("program_versions"."ack_kind" IS NULL OR "program_versions"."ack_kind" IN ('seen', 'different'));--> statement-breakpoint
-- Pairs decided before the history was kept start it with their standing decision.
INSERT INTO "overlap_flag_decisions" ("flag_id", "event", "resolution", "note", "actor_id", "at")
SELECT "id", 'resolved', "resolution", "resolution_note", "resolved_by", COALESCE("resolved_at", "updated_at")
FROM "overlap_flags" WHERE "status" = 'resolved' AND "resolution" IS NOT NULL;
