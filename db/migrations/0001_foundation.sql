CREATE TYPE "public"."role" AS ENUM('admin', 'reviewer', 'officer', 'viewer');--> statement-breakpoint
CREATE TYPE "public"."program_status" AS ENUM('draft', 'submitted', 'approved', 'revision_requested', 'rejected', 'in_progress', 'completed', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."sector" AS ENUM('economy', 'education', 'health', 'environment', 'social', 'infrastructure', 'disaster');--> statement-breakpoint
CREATE TYPE "public"."target_group" AS ENUM('poor_households', 'children', 'students', 'youth', 'women', 'elderly', 'disabilities', 'farmers_fishers', 'msme', 'disaster_victims', 'health_workers_cadres', 'indigenous', 'general_public');--> statement-breakpoint
CREATE TABLE "areas" (
	"code" text PRIMARY KEY NOT NULL,
	"parent_code" text,
	"level" smallint NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "companies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"legal_name" text,
	"business_sector" text,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forum_members" (
	"company_id" uuid NOT NULL,
	"jurisdiction" text NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forum_members_company_id_jurisdiction_pk" PRIMARY KEY("company_id","jurisdiction")
);
--> statement-breakpoint
CREATE TABLE "login_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"last_failure_at" timestamp with time zone DEFAULT now() NOT NULL,
	"blocked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "role" NOT NULL,
	"company_id" uuid,
	"jurisdiction" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"session_generation" integer DEFAULT 1 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_sign_in_at" timestamp with time zone,
	CONSTRAINT "users_role_scope_chk" CHECK (("users"."role" = 'officer' AND "users"."company_id" IS NOT NULL AND "users"."jurisdiction" IS NULL)
        OR ("users"."role" <> 'officer' AND "users"."company_id" IS NULL AND "users"."jurisdiction" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "priority_programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_areas" (
	"program_id" uuid NOT NULL,
	"area_code" text NOT NULL,
	CONSTRAINT "program_areas_program_id_area_code_pk" PRIMARY KEY("program_id","area_code")
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"ref" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"sector" "sector" NOT NULL,
	"target_group" "target_group" NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"budget_idr" bigint NOT NULL,
	"planned_beneficiaries" integer NOT NULL,
	"priority_program_id" uuid,
	"status" "program_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	CONSTRAINT "programs_company_ref_uq" UNIQUE("company_id","ref"),
	CONSTRAINT "programs_period_chk" CHECK ("programs"."end_date" >= "programs"."start_date"),
	CONSTRAINT "programs_budget_chk" CHECK ("programs"."budget_idr" >= 0),
	CONSTRAINT "programs_beneficiaries_chk" CHECK ("programs"."planned_beneficiaries" >= 0)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"target_type" text,
	"target_id" text,
	"ip" text,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "forum_members" ADD CONSTRAINT "forum_members_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_areas" ADD CONSTRAINT "program_areas_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_areas" ADD CONSTRAINT "program_areas_area_code_areas_code_fk" FOREIGN KEY ("area_code") REFERENCES "public"."areas"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_priority_program_id_priority_programs_id_fk" FOREIGN KEY ("priority_program_id") REFERENCES "public"."priority_programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "areas_parent_code_idx" ON "areas" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "areas_name_trgm_idx" ON "areas" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "companies_name_lower_idx" ON "companies" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "forum_members_jurisdiction_idx" ON "forum_members" USING btree ("jurisdiction");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_idx" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "users_company_idx" ON "users" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "program_areas_area_idx" ON "program_areas" USING btree ("area_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "programs_status_idx" ON "programs" USING btree ("status");--> statement-breakpoint
CREATE INDEX "programs_sector_idx" ON "programs" USING btree ("sector");--> statement-breakpoint
CREATE INDEX "programs_period_idx" ON "programs" USING btree ("start_date","end_date");--> statement-breakpoint
CREATE INDEX "programs_title_trgm_idx" ON "programs" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");