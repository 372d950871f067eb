CREATE TABLE "target_group_terms" (
	"term" text PRIMARY KEY NOT NULL,
	"category" "target_group" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "target_group_terms_term_chk" CHECK (char_length("target_group_terms"."term") BETWEEN 2 AND 80)
);
--> statement-breakpoint
ALTER TABLE "target_group_terms" ADD CONSTRAINT "target_group_terms_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;