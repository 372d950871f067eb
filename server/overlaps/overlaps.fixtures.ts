import "server-only";
import { sql } from "drizzle-orm";
import { execute, type DbOrTx } from "@/db/client";
import { list, MATCHABLE_STATUSES } from "./overlaps.queries";

// The full rescan's pair sets as one set-based join each, as the rescan computed them before it
// streamed by chunks: kept for tests only, as the reference the chunked rescan must equal
// (rescan-chunks.db.test.ts). Not used by the app.

/**
 * Every pair of matchable programs in the same sector with overlapping periods that share
 * ground, each once (a < b). One set-based join over the closure table: the full rescan.
 */
export async function findCandidatePairs(db: DbOrTx): Promise<[string, string][]> {
  const statuses = list(MATCHABLE_STATUSES);
  const res = await execute<{ a: string; b: string }>(
    db,
    sql`SELECT DISTINCT LEAST(pa.program_id, c.program_id) AS a, GREATEST(pa.program_id, c.program_id) AS b
        FROM program_areas pa
        JOIN program_area_closure c ON c.code = pa.area_code AND c.program_id <> pa.program_id
        JOIN programs p1 ON p1.id = pa.program_id
        JOIN programs p2 ON p2.id = c.program_id
        WHERE p1.sector = p2.sector
          AND p1.start_date <= p2.end_date AND p2.start_date <= p1.end_date
          AND NOT (p1.source = 'government' AND p2.source = 'government')
          AND p1.status IN (${statuses}) AND p2.status IN (${statuses})`,
  );
  return res.rows.map((r) => [r.a, r.b]);
}

/**
 * Every pair of matchable programs of different companies in the same sector that share ground,
 * whose periods do not overlap and lie at most `years` apart (end of the earlier to start of the
 * later), each once (a < b): the rescan's repeat candidates.
 */
export async function findRepeatPairs(db: DbOrTx, years: number): Promise<[string, string][]> {
  const statuses = list(MATCHABLE_STATUSES);
  const res = await execute<{ a: string; b: string }>(
    db,
    sql`SELECT DISTINCT LEAST(pa.program_id, c.program_id) AS a, GREATEST(pa.program_id, c.program_id) AS b
        FROM program_areas pa
        JOIN program_area_closure c ON c.code = pa.area_code AND c.program_id <> pa.program_id
        JOIN programs p1 ON p1.id = pa.program_id
        JOIN programs p2 ON p2.id = c.program_id
        WHERE p1.sector = p2.sector AND p1.company_id IS DISTINCT FROM p2.company_id
          AND NOT (p1.source = 'government' AND p2.source = 'government')
          AND ((p1.end_date < p2.start_date AND p2.start_date <= p1.end_date + make_interval(years => ${years}::int))
            OR (p2.end_date < p1.start_date AND p1.start_date <= p2.end_date + make_interval(years => ${years}::int)))
          AND p1.status IN (${statuses}) AND p2.status IN (${statuses})`,
  );
  return res.rows.map((r) => [r.a, r.b]);
}
