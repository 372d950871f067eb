-- Repeats: the same aid at the same place by another company in another year.
-- drizzle's migrator runs every pending migration in one transaction, and PostgreSQL (15 and 18)
-- refuses a value added by ALTER TYPE ... ADD VALUE before that transaction commits. So nothing
-- here uses 'repeat', 'continuation' or 'coordinate' as enum values: the check compares text.
ALTER TYPE "public"."overlap_kind" ADD VALUE 'repeat';--> statement-breakpoint
ALTER TYPE "public"."flag_resolution" ADD VALUE 'continuation';--> statement-breakpoint
ALTER TYPE "public"."flag_resolution" ADD VALUE 'coordinate';--> statement-breakpoint
ALTER TABLE "overlap_flags" ADD CONSTRAINT "overlap_flags_resolution_kind_chk" CHECK ("overlap_flags"."resolution" IS NULL OR ("overlap_flags"."kind"::text = 'repeat') = ("overlap_flags"."resolution"::text IN ('continuation', 'coordinate')));