CREATE TABLE "beneficiary_lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"via" text NOT NULL,
	"filename" text NOT NULL,
	"row_count" integer NOT NULL,
	"person_count" integer NOT NULL,
	"duplicate_rows" integer DEFAULT 0 NOT NULL,
	"skipped_rows" integer DEFAULT 0 NOT NULL,
	"purpose_acknowledged" boolean NOT NULL,
	CONSTRAINT "beneficiary_lists_purpose_ck" CHECK ("beneficiary_lists"."purpose_acknowledged")
);
--> statement-breakpoint
CREATE TABLE "beneficiary_tokens" (
	"list_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"token" bytea NOT NULL,
	"kk_token" bytea,
	"village_code" text,
	"row" integer NOT NULL,
	CONSTRAINT "beneficiary_tokens_pk" PRIMARY KEY("program_id","token"),
	CONSTRAINT "beneficiary_tokens_token_len_ck" CHECK (octet_length("beneficiary_tokens"."token") = 32 AND ("beneficiary_tokens"."kk_token" IS NULL OR octet_length("beneficiary_tokens"."kk_token") = 32))
);
--> statement-breakpoint
ALTER TABLE "beneficiary_lists" ADD CONSTRAINT "beneficiary_lists_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beneficiary_lists" ADD CONSTRAINT "beneficiary_lists_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beneficiary_tokens" ADD CONSTRAINT "beneficiary_tokens_list_id_beneficiary_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."beneficiary_lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beneficiary_tokens" ADD CONSTRAINT "beneficiary_tokens_village_code_areas_code_fk" FOREIGN KEY ("village_code") REFERENCES "public"."areas"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "beneficiary_lists_program_uq" ON "beneficiary_lists" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "beneficiary_tokens_token_idx" ON "beneficiary_tokens" USING btree ("token","program_id");--> statement-breakpoint
CREATE INDEX "beneficiary_tokens_list_idx" ON "beneficiary_tokens" USING btree ("list_id");