-- Keeps program_area_closure in step with program_areas: each own area and every area containing it.
CREATE OR REPLACE FUNCTION program_area_closure_sync() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO program_area_closure (program_id, code)
    SELECT NEW.program_id, array_to_string((string_to_array(NEW.area_code, '.'))[1:i], '.')
    FROM generate_series(1, array_length(string_to_array(NEW.area_code, '.'), 1)) AS i
    ON CONFLICT DO NOTHING;
    RETURN NEW;
  END IF;
  -- DELETE: drop the closure codes no remaining area of the program lies in.
  DELETE FROM program_area_closure c
  WHERE c.program_id = OLD.program_id
    AND NOT EXISTS (
      SELECT 1 FROM program_areas pa
      WHERE pa.program_id = OLD.program_id AND (pa.area_code = c.code OR pa.area_code LIKE c.code || '.%')
    );
  RETURN OLD;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER program_areas_closure_sync
AFTER INSERT OR DELETE ON program_areas
FOR EACH ROW EXECUTE FUNCTION program_area_closure_sync();
--> statement-breakpoint
-- Programs that existed before this migration.
INSERT INTO program_area_closure (program_id, code)
SELECT pa.program_id, array_to_string((string_to_array(pa.area_code, '.'))[1:i], '.')
FROM program_areas pa, generate_series(1, array_length(string_to_array(pa.area_code, '.'), 1)) AS i
ON CONFLICT DO NOTHING;
