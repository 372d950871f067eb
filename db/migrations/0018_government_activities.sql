-- Government activities as a second source of the programs table (see docs/overlaps.md).
-- drizzle's migrator runs every pending migration in one transaction, and PostgreSQL refuses a value
-- added by ALTER TYPE ... ADD VALUE before that transaction commits, so programs_source_status_chk
-- compares the status as text. programs_id_ref_uq is created before the foreign key that needs it.
CREATE TYPE "public"."activity_source" AS ENUM('csr', 'government');--> statement-breakpoint
CREATE TYPE "public"."government_funding" AS ENUM('apbn', 'apbd_province', 'apbd_regency', 'apbdes', 'other');--> statement-breakpoint
ALTER TYPE "public"."program_status" ADD VALUE 'reference';--> statement-breakpoint
CREATE TABLE "government_activities" (
	"program_id" uuid PRIMARY KEY NOT NULL,
	"ref" text NOT NULL,
	"funding" "government_funding" NOT NULL,
	"agency" text NOT NULL,
	"agency_key" text NOT NULL,
	"program_code" text,
	"program_name" text,
	"kegiatan_code" text,
	"kegiatan_name" text,
	"sub_kegiatan_code" text,
	"sub_kegiatan_name" text,
	"source_name" text NOT NULL,
	"source_date" date,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "government_activities_agency_chk" CHECK (char_length(btrim("government_activities"."agency")) > 0)
);
--> statement-breakpoint
ALTER TABLE "programs" ALTER COLUMN "company_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "source" "activity_source" DEFAULT 'csr' NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "supports_activity_id" uuid;--> statement-breakpoint
ALTER TABLE "government_activities" ADD CONSTRAINT "government_activities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_id_ref_uq" UNIQUE("id","ref");--> statement-breakpoint
ALTER TABLE "government_activities" ADD CONSTRAINT "government_activities_program_fk" FOREIGN KEY ("program_id","ref") REFERENCES "public"."programs"("id","ref") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
CREATE UNIQUE INDEX "government_activities_agency_ref_uq" ON "government_activities" USING btree ("agency_key","ref");--> statement-breakpoint
CREATE INDEX "government_activities_funding_idx" ON "government_activities" USING btree ("funding");--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_supports_activity_id_programs_id_fk" FOREIGN KEY ("supports_activity_id") REFERENCES "public"."programs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programs_supports_idx" ON "programs" USING btree ("supports_activity_id");--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_source_company_chk" CHECK (("programs"."source" = 'csr') = ("programs"."company_id" IS NOT NULL));--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_source_status_chk" CHECK (("programs"."source" = 'government') = ("programs"."status"::text = 'reference'));--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_supports_chk" CHECK ("programs"."supports_activity_id" IS NULL OR "programs"."source" = 'csr');