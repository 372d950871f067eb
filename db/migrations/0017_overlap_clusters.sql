CREATE TABLE "overlap_cluster_members" (
	"cluster_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	CONSTRAINT "overlap_cluster_members_cluster_id_program_id_pk" PRIMARY KEY("cluster_id","program_id")
);
--> statement-breakpoint
CREATE TABLE "overlap_clusters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"area_code" text NOT NULL,
	"kind" "overlap_kind" NOT NULL,
	"score" real NOT NULL,
	"pair_count" integer NOT NULL,
	"resolution" text,
	"resolution_note" text,
	"kept_program_id" uuid,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "overlap_clusters_status_chk" CHECK ("overlap_clusters"."status" IN ('open', 'resolved', 'dissolved')),
	CONSTRAINT "overlap_clusters_resolution_chk" CHECK ("overlap_clusters"."resolution" IS NULL OR "overlap_clusters"."resolution" IN ('distinct', 'collaboration', 'duplicate'))
);
--> statement-breakpoint
ALTER TABLE "overlap_flags" ADD COLUMN "cluster_id" uuid;--> statement-breakpoint
ALTER TABLE "overlap_cluster_members" ADD CONSTRAINT "overlap_cluster_members_cluster_id_overlap_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."overlap_clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overlap_cluster_members" ADD CONSTRAINT "overlap_cluster_members_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overlap_clusters" ADD CONSTRAINT "overlap_clusters_kept_program_id_programs_id_fk" FOREIGN KEY ("kept_program_id") REFERENCES "public"."programs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overlap_clusters" ADD CONSTRAINT "overlap_clusters_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "overlap_cluster_members_program_idx" ON "overlap_cluster_members" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "overlap_clusters_status_idx" ON "overlap_clusters" USING btree ("status","score");--> statement-breakpoint
ALTER TABLE "overlap_flags" ADD CONSTRAINT "overlap_flags_cluster_id_overlap_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."overlap_clusters"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "overlap_flags_cluster_idx" ON "overlap_flags" USING btree ("cluster_id");