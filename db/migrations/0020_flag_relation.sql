-- Issue 10 (CSR against government): overlap_flags.relation (null between CSR programs; double_funding or
-- complement beside a government activity) and the resolution complement, allowed only on such a pair.
-- The resolution check compares as text: the enum value is added in the same migration transaction.
CREATE TYPE "public"."flag_relation" AS ENUM('double_funding', 'complement');--> statement-breakpoint
ALTER TYPE "public"."flag_resolution" ADD VALUE 'complement';--> statement-breakpoint
ALTER TABLE "overlap_flags" DROP CONSTRAINT "overlap_flags_resolution_kind_chk";--> statement-breakpoint
ALTER TABLE "overlap_flags" ADD COLUMN "relation" "flag_relation";--> statement-breakpoint
ALTER TABLE "overlap_flags" ADD CONSTRAINT "overlap_flags_resolution_kind_chk" CHECK ("overlap_flags"."resolution" IS NULL OR ("overlap_flags"."resolution"::text = 'complement' AND "overlap_flags"."relation" IS NOT NULL) OR ("overlap_flags"."resolution"::text <> 'complement' AND ("overlap_flags"."kind"::text = 'repeat') = ("overlap_flags"."resolution"::text IN ('continuation', 'coordinate'))));