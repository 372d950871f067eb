CREATE TYPE "public"."flag_status" AS ENUM('open', 'resolved', 'obsolete');--> statement-breakpoint
CREATE TYPE "public"."overlap_kind" AS ENUM('duplicate', 'overlap');--> statement-breakpoint
CREATE TYPE "public"."flag_resolution" AS ENUM('duplicate', 'distinct', 'collaboration');--> statement-breakpoint
CREATE TABLE "overlap_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_a_id" uuid NOT NULL,
	"program_b_id" uuid NOT NULL,
	"kind" "overlap_kind" NOT NULL,
	"score" real NOT NULL,
	"reasons" jsonb NOT NULL,
	"status" "flag_status" DEFAULT 'open' NOT NULL,
	"resolution" "flag_resolution",
	"resolution_note" text,
	"withdrawn_program_id" uuid,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"fingerprint_a" text NOT NULL,
	"fingerprint_b" text NOT NULL,
	"detected_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "overlap_flags_pair_uq" UNIQUE("program_a_id","program_b_id"),
	CONSTRAINT "overlap_flags_order_chk" CHECK ("overlap_flags"."program_a_id" < "overlap_flags"."program_b_id")
);
--> statement-breakpoint
CREATE TABLE "program_area_closure" (
	"program_id" uuid NOT NULL,
	"code" text NOT NULL,
	CONSTRAINT "program_area_closure_program_id_code_pk" PRIMARY KEY("program_id","code")
);
--> statement-breakpoint
CREATE TABLE "thesaurus_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"term" text NOT NULL,
	"concept" text NOT NULL,
	"source" text DEFAULT 'staff' NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "thesaurus_entries_term_uq" UNIQUE("term")
);
--> statement-breakpoint
ALTER TABLE "overlap_flags" ADD CONSTRAINT "overlap_flags_program_a_id_programs_id_fk" FOREIGN KEY ("program_a_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overlap_flags" ADD CONSTRAINT "overlap_flags_program_b_id_programs_id_fk" FOREIGN KEY ("program_b_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overlap_flags" ADD CONSTRAINT "overlap_flags_withdrawn_program_id_programs_id_fk" FOREIGN KEY ("withdrawn_program_id") REFERENCES "public"."programs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overlap_flags" ADD CONSTRAINT "overlap_flags_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_area_closure" ADD CONSTRAINT "program_area_closure_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thesaurus_entries" ADD CONSTRAINT "thesaurus_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "overlap_flags_b_idx" ON "overlap_flags" USING btree ("program_b_id");--> statement-breakpoint
CREATE INDEX "overlap_flags_status_idx" ON "overlap_flags" USING btree ("status","score");--> statement-breakpoint
CREATE INDEX "program_area_closure_code_idx" ON "program_area_closure" USING btree ("code");