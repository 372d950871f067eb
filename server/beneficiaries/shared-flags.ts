import "server-only";
import { sql } from "drizzle-orm";
import { execute, type Database } from "@/db/client";
import { refreshPairCounts } from "./shared.queries";

export interface SharedFlagsResult {
  opened: number;
  updated: number;
  obsoleted: number;
}

/**
 * The "shared beneficiaries" flags of one program: one per other company's program whose list
 * holds at least one of the same people, its score the count of shared people (never names).
 * Counts with the company's own programs are not flagged (a company coordinates itself).
 * Idempotent, so the job may run again: open flags are refreshed, a decided one opens again
 * only when its count changed, flags no longer found become obsolete.
 */
export async function reconcileSharedFlags(db: Database, programId: string): Promise<SharedFlagsResult> {
  return db.transaction(async (tx) => {
    // The reviewers' overview reads the stored pair counts: recounted here for this program.
    await refreshPairCounts(tx, programId);
    const counts = (
      await execute<{ other: string; shared: number }>(
        tx,
        sql`SELECT y.program_id AS other, count(*)::int AS shared
            FROM beneficiary_tokens x
            JOIN beneficiary_tokens y ON y.token = x.token AND y.program_id <> x.program_id
            JOIN programs px ON px.id = x.program_id
            JOIN programs py ON py.id = y.program_id
            WHERE x.program_id = ${programId} AND py.company_id <> px.company_id
            GROUP BY y.program_id`,
      )
    ).rows;
    const existing = (
      await execute<{ id: string; a: string; b: string; status: string; score: number }>(
        tx,
        sql`SELECT id, program_a_id AS a, program_b_id AS b, status, score FROM overlap_flags
            WHERE from_lists AND (program_a_id = ${programId} OR program_b_id = ${programId})`,
      )
    ).rows;
    const byOther = new Map(existing.map((f) => [f.a === programId ? f.b : f.a, f]));
    const result: SharedFlagsResult = { opened: 0, updated: 0, obsoleted: 0 };
    const seen = new Set<string>();
    for (const c of counts) {
      seen.add(c.other);
      const shared = Number(c.shared);
      const reasons = JSON.stringify([{ code: "shared_beneficiaries", shared }]);
      const old = byOther.get(c.other);
      if (!old) {
        const [a, b] = programId < c.other ? [programId, c.other] : [c.other, programId];
        await execute(
          tx,
          sql`INSERT INTO overlap_flags (program_a_id, program_b_id, from_lists, kind, score, reasons, fingerprint_a, fingerprint_b)
              VALUES (${a}, ${b}, true, 'shared_beneficiaries', ${shared}, ${reasons}::jsonb, ${`shared:${shared}`}, ${`shared:${shared}`})
              ON CONFLICT (program_a_id, program_b_id) WHERE from_lists DO NOTHING`,
        );
        result.opened++;
      } else if (old.status !== "obsolete" && Number(old.score) === shared) {
        // Unchanged: an open flag stays as it is, a decided one stays decided.
        continue;
      } else {
        if (old.status !== "open") result.opened++;
        else result.updated++;
        await execute(
          tx,
          sql`UPDATE overlap_flags SET score = ${shared}, reasons = ${reasons}::jsonb, fingerprint_a = ${`shared:${shared}`}, fingerprint_b = ${`shared:${shared}`},
                status = 'open', resolution = NULL, resolution_note = NULL, resolved_by = NULL, resolved_at = NULL, updated_at = now(),
                detected_at = CASE WHEN status = 'open' THEN detected_at ELSE now() END, version = version + 1
              WHERE id = ${old.id}`,
        );
      }
    }
    for (const f of existing) {
      const other = f.a === programId ? f.b : f.a;
      if (f.status === "open" && !seen.has(other)) {
        await execute(tx, sql`UPDATE overlap_flags SET status = 'obsolete', updated_at = now(), version = version + 1 WHERE id = ${f.id}`);
        result.obsoleted++;
      }
    }
    return result;
  });
}
