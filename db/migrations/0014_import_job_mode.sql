ALTER TABLE "import_jobs" ADD COLUMN "mode" text;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_mode_chk" CHECK ("import_jobs"."mode" IN ('draft', 'submit'));