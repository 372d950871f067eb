ALTER TYPE "public"."import_status" ADD VALUE 'reading' BEFORE 'queued';--> statement-breakpoint
ALTER TYPE "public"."import_status" ADD VALUE 'preview' BEFORE 'queued';--> statement-breakpoint
CREATE TABLE "import_preview_rows" (
	"job_id" uuid NOT NULL,
	"row" integer NOT NULL,
	"status" text NOT NULL,
	"needs_choice" boolean DEFAULT false NOT NULL,
	"skipped" boolean DEFAULT false NOT NULL,
	"ref" text NOT NULL,
	"cells" jsonb NOT NULL,
	"data" jsonb NOT NULL,
	"program_id" uuid,
	CONSTRAINT "import_preview_rows_job_id_row_pk" PRIMARY KEY("job_id","row"),
	CONSTRAINT "import_preview_rows_status_chk" CHECK ("import_preview_rows"."status" IN ('ok', 'warning', 'error'))
);
--> statement-breakpoint
ALTER TABLE "import_jobs" ADD COLUMN "company_id" uuid;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD COLUMN "file" "bytea";--> statement-breakpoint
ALTER TABLE "import_jobs" ADD COLUMN "layout" jsonb;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD COLUMN "confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "import_preview_rows" ADD CONSTRAINT "import_preview_rows_job_id_import_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."import_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_preview_rows" ADD CONSTRAINT "import_preview_rows_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- A large upload is read into its preview by a job (server/imports/preview-job.ts).
SELECT pgboss.create_queue('import.preview', '{"policy":"standard","retryLimit":2,"retryDelay":5,"retryBackoff":false,"expireInSeconds":3600}');
