DROP INDEX "program_areas_area_idx";--> statement-breakpoint
DROP INDEX "program_area_closure_code_idx";--> statement-breakpoint
CREATE INDEX "program_areas_area_program_idx" ON "program_areas" USING btree ("area_code" text_pattern_ops,"program_id");--> statement-breakpoint
CREATE INDEX "program_area_closure_code_program_idx" ON "program_area_closure" USING btree ("code","program_id");