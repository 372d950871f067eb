ALTER TABLE "programs" ALTER COLUMN "target_group" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ALTER COLUMN "budget_idr" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ALTER COLUMN "planned_beneficiaries" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "target_group_text" text;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_target_group_text_chk" CHECK (char_length("programs"."target_group_text") <= 200);