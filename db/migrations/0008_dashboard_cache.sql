CREATE TABLE "dashboard_cache" (
	"key" text PRIMARY KEY NOT NULL,
	"data_version" bigint NOT NULL,
	"value" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dashboard_data_version" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" bigint DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "programs_recent_idx" ON "programs" USING btree ("updated_at","id");
--> statement-breakpoint
ALTER TABLE "dashboard_data_version" ADD CONSTRAINT "dashboard_data_version_one_row" CHECK ("id" = 1);
--> statement-breakpoint
INSERT INTO "dashboard_data_version" ("id", "version") VALUES (1, 1) ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- Bumps the dashboard's data version once per writing transaction. It runs as a deferred
-- constraint trigger, i.e. at commit: the row lock on the counter is then held only for the
-- moment of the commit, so writers do not queue behind each other for the length of their
-- transactions (an import, a rescan), and the new version becomes visible in the same commit as
-- the rows. A sequence would not do: nextval is visible before the transaction commits, so a
-- reader could label figures computed without the change with the version that includes it.
-- Changes to drafts alone are skipped: the cached figures are staff views, which never show drafts.
-- The app's writes run at READ COMMITTED; a REPEATABLE READ or SERIALIZABLE writer may get a
-- serialization failure here when another writer committed since its snapshot, and must retry.
CREATE OR REPLACE FUNCTION dashboard_data_changed() RETURNS trigger AS $$
BEGIN
  IF current_setting('sinergi.dashboard_bumped', true) IS NOT DISTINCT FROM '1' THEN
    RETURN NULL;
  END IF;
  -- Nested IFs: each expression names only fields the row at hand has.
  IF TG_TABLE_NAME = 'programs' THEN
    IF TG_OP = 'INSERT' THEN
      IF NEW.status = 'draft' THEN RETURN NULL; END IF;
    ELSIF TG_OP = 'UPDATE' THEN
      IF OLD.status = 'draft' AND NEW.status = 'draft' THEN RETURN NULL; END IF;
    ELSIF OLD.status = 'draft' THEN
      RETURN NULL;
    END IF;
  ELSIF TG_TABLE_NAME = 'program_areas' THEN
    -- A draft's areas, or those of a program deleted in this transaction (its own row bumps).
    IF TG_OP = 'DELETE' THEN
      IF NOT EXISTS (SELECT 1 FROM programs p WHERE p.id = OLD.program_id AND p.status <> 'draft') THEN RETURN NULL; END IF;
    ELSE
      IF NOT EXISTS (SELECT 1 FROM programs p WHERE p.id = NEW.program_id AND p.status <> 'draft') THEN RETURN NULL; END IF;
    END IF;
  END IF;
  UPDATE dashboard_data_version SET version = version + 1 WHERE id = 1;
  PERFORM set_config('sinergi.dashboard_bumped', '1', true);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER programs_dashboard_changed AFTER INSERT OR UPDATE OR DELETE ON programs
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_data_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER program_areas_dashboard_changed AFTER INSERT OR UPDATE OR DELETE ON program_areas
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_data_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER overlap_flags_dashboard_changed AFTER INSERT OR UPDATE OR DELETE ON overlap_flags
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_data_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER areas_dashboard_changed AFTER INSERT OR UPDATE OR DELETE ON areas
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_data_changed();
