ALTER TYPE "public"."overlap_kind" ADD VALUE 'shared_beneficiaries';--> statement-breakpoint
CREATE TABLE "registry_tokens" (
	"token" "bytea" PRIMARY KEY NOT NULL,
	"decile" smallint NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registry_tokens_ck" CHECK ("registry_tokens"."decile" BETWEEN 1 AND 10 AND octet_length("registry_tokens"."token") = 32)
);
--> statement-breakpoint
ALTER TABLE "overlap_flags" DROP CONSTRAINT "overlap_flags_pair_uq";--> statement-breakpoint
ALTER TABLE "overlap_flags" DROP CONSTRAINT "overlap_flags_resolution_kind_chk";--> statement-breakpoint
ALTER TABLE "overlap_flags" ADD COLUMN "from_lists" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "overlap_flags_pair_uq" ON "overlap_flags" USING btree ("program_a_id","program_b_id") WHERE NOT "overlap_flags"."from_lists";--> statement-breakpoint
CREATE UNIQUE INDEX "overlap_flags_shared_pair_uq" ON "overlap_flags" USING btree ("program_a_id","program_b_id") WHERE "overlap_flags"."from_lists";--> statement-breakpoint
ALTER TABLE "overlap_flags" ADD CONSTRAINT "overlap_flags_from_lists_chk" CHECK ("overlap_flags"."from_lists" = ("overlap_flags"."kind"::text = 'shared_beneficiaries'));--> statement-breakpoint
ALTER TABLE "overlap_flags" ADD CONSTRAINT "overlap_flags_resolution_kind_chk" CHECK ("overlap_flags"."resolution" IS NULL OR ("overlap_flags"."resolution"::text = 'complement' AND "overlap_flags"."relation" IS NOT NULL) OR ("overlap_flags"."resolution"::text <> 'complement' AND CASE "overlap_flags"."kind"::text
            WHEN 'repeat' THEN "overlap_flags"."resolution"::text IN ('continuation', 'coordinate')
            WHEN 'shared_beneficiaries' THEN "overlap_flags"."resolution"::text IN ('distinct', 'collaboration', 'coordinate')
            ELSE "overlap_flags"."resolution"::text IN ('duplicate', 'distinct', 'collaboration') END));--> statement-breakpoint
SELECT pgboss.create_queue('beneficiaries.shared', '{"policy":"standard","retryLimit":5,"retryDelay":10,"retryBackoff":true,"expireInSeconds":600}');
