CREATE TYPE "public"."indicator_measure" AS ENUM('poverty_rate', 'poor_people');--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" serial PRIMARY KEY NOT NULL,
	"area_code" text NOT NULL,
	"year" integer NOT NULL,
	"measure" "indicator_measure" NOT NULL,
	"value" double precision NOT NULL,
	"source" text NOT NULL,
	"imported_by" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicators_area_year_measure_uq" UNIQUE("area_code","year","measure")
);
--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "reached_beneficiaries" integer;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "realized_budget_idr" bigint;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "realized_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_area_code_areas_code_fk" FOREIGN KEY ("area_code") REFERENCES "public"."areas"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicators_measure_idx" ON "indicators" USING btree ("measure","year");--> statement-breakpoint
CREATE INDEX "programs_company_idx" ON "programs" USING btree ("company_id");