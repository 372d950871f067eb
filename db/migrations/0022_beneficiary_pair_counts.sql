CREATE TABLE "beneficiary_pair_counts" (
	"program_a_id" uuid NOT NULL,
	"program_b_id" uuid NOT NULL,
	"shared" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "beneficiary_pair_counts_pk" PRIMARY KEY("program_a_id","program_b_id"),
	CONSTRAINT "beneficiary_pair_counts_ck" CHECK ("beneficiary_pair_counts"."program_a_id" < "beneficiary_pair_counts"."program_b_id" AND "beneficiary_pair_counts"."shared" > 0)
);
--> statement-breakpoint
ALTER TABLE "beneficiary_pair_counts" ADD CONSTRAINT "beneficiary_pair_counts_program_a_id_programs_id_fk" FOREIGN KEY ("program_a_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beneficiary_pair_counts" ADD CONSTRAINT "beneficiary_pair_counts_program_b_id_programs_id_fk" FOREIGN KEY ("program_b_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "beneficiary_pair_counts_b_idx" ON "beneficiary_pair_counts" USING btree ("program_b_id");--> statement-breakpoint
-- Lists saved before the counts were kept: counted once here, kept by the job from now on.
INSERT INTO "beneficiary_pair_counts" ("program_a_id", "program_b_id", "shared")
SELECT x."program_id", y."program_id", count(*)::int
FROM "beneficiary_tokens" x
JOIN "beneficiary_tokens" y ON y."token" = x."token" AND y."program_id" > x."program_id"
GROUP BY x."program_id", y."program_id";
