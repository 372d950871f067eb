import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { execute, type DbOrTx } from "@/db/client";
import { ancestorCodes } from "@/server/access/areas";
import type { AnalyzedProgram } from "./scoring";

/** What a batch search needs of each program to check: its sector, period and own areas. */
export interface BatchProbe {
  sector: string;
  startDate: string;
  endDate: string;
  areaCodes: string[];
}

const list = (values: string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/**
 * Programs that could match any of many probes, in one statement: the union of their places
 * (equal, containing or inside), their sectors and the span of their periods. A superset of
 * what each probe would find alone; `nearIndex` and comparePrograms then sort it out per probe.
 */
export async function findCandidateIdsForMany(db: DbOrTx, probes: BatchProbe[], eligible: SQL): Promise<string[]> {
  const own = [...new Set(probes.flatMap((p) => p.areaCodes))];
  if (own.length === 0) return [];
  const around = [...new Set(own.flatMap((c) => [c, ...ancestorCodes(c)]))];
  const sectors = [...new Set(probes.map((p) => p.sector))];
  const from = probes.reduce((m, p) => (p.startDate < m ? p.startDate : m), "9999-12-31");
  const to = probes.reduce((m, p) => (p.endDate > m ? p.endDate : m), "0000-01-01");
  const res = await execute<{ id: string }>(
    db,
    // No alias for programs: `eligible` names its columns in full.
    sql`SELECT DISTINCT programs.id FROM programs
        JOIN (SELECT program_id FROM program_areas WHERE area_code IN (${list(around)})
              UNION SELECT program_id FROM program_area_closure WHERE code IN (${list(own)})) near ON near.program_id = programs.id
        WHERE programs.sector::text IN (${list(sectors)}) AND programs.start_date <= ${to} AND programs.end_date >= ${from} AND ${eligible}`,
  );
  return res.rows.map((r) => r.id);
}

/**
 * Candidates by the ground they share with an area: those whose own area lies inside it (or is
 * it), and those whose own area contains it. Built once per batch, asked once per probe area.
 */
export function nearIndex<T extends Pick<AnalyzedProgram, "areas">>(candidates: T[]): (code: string) => T[] {
  const byOwn = new Map<string, T[]>();
  const byInside = new Map<string, T[]>();
  const push = (m: Map<string, T[]>, k: string, p: T) => {
    const l = m.get(k);
    if (l) l.push(p);
    else m.set(k, [p]);
  };
  for (const p of candidates) {
    for (const a of p.areas) {
      push(byOwn, a.code, p);
      for (const c of [a.code, ...ancestorCodes(a.code)]) push(byInside, c, p);
    }
  }
  return (code) => [...(byInside.get(code) ?? []), ...ancestorCodes(code).flatMap((c) => byOwn.get(c) ?? [])];
}
