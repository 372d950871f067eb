import "server-only";
import { sql } from "drizzle-orm";
import { execute, type DbOrTx } from "@/db/client";
import { ancestorCodes } from "@/server/access/areas";
import { loadMatchingPrograms, MATCHABLE_STATUSES, type LoadedProgram } from "@/server/overlaps/overlaps.queries";
import { analyzeProgram, comparePrograms, type AnalyzedProgram, type ProgramForMatching } from "@/server/overlaps/scoring";
import type { Thesaurus } from "@/server/overlaps/thesaurus";
import type { PreviewOverlap } from "./preview.schemas";

/** A row as the overlap engine sees it, before it is saved. */
export interface OverlapProbe extends Omit<ProgramForMatching, "id"> {
  row: number;
  /** The program the row would replace: never its own overlap. */
  excludeId: string | null;
}

const PROBES_PER_QUERY = 500;
/** What one row shows; the review queue holds every flag once the rows are saved. */
const SHOWN_PER_ROW = 3;

const list = (values: string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/**
 * Registered programs that could match any of the probes: one statement for a batch of rows
 * (the union of their places, sectors and periods), instead of one per row.
 */
async function findCandidates(db: DbOrTx, probes: OverlapProbe[]): Promise<string[]> {
  const own = [...new Set(probes.flatMap((p) => p.areas.map((a) => a.code)))];
  if (own.length === 0) return [];
  const around = [...new Set(own.flatMap((c) => [c, ...ancestorCodes(c)]))];
  const sectors = [...new Set(probes.map((p) => p.sector))];
  const from = probes.reduce((m, p) => (p.startDate < m ? p.startDate : m), "9999-12-31");
  const to = probes.reduce((m, p) => (p.endDate > m ? p.endDate : m), "0000-01-01");
  const res = await execute<{ id: string }>(
    db,
    sql`SELECT DISTINCT p.id FROM programs p
        JOIN (SELECT program_id FROM program_areas WHERE area_code IN (${list(around)})
              UNION SELECT program_id FROM program_area_closure WHERE code IN (${list(own)})) near ON near.program_id = p.id
        WHERE p.sector::text IN (${list(sectors)}) AND p.start_date <= ${to} AND p.end_date >= ${from}
          AND p.status::text IN (${list(MATCHABLE_STATUSES)})`,
  );
  return res.rows.map((r) => r.id);
}

/** Candidates by the places they touch: by own area, and by every area containing one of them. */
function indexByPlace(candidates: AnalyzedProgram[]) {
  const byOwn = new Map<string, AnalyzedProgram[]>();
  const byInside = new Map<string, AnalyzedProgram[]>();
  const push = (m: Map<string, AnalyzedProgram[]>, k: string, p: AnalyzedProgram) => {
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
  return (code: string): AnalyzedProgram[] => [...(byInside.get(code) ?? []), ...[code, ...ancestorCodes(code)].flatMap((c) => byOwn.get(c) ?? [])];
}

/**
 * The overlaps each row would raise against programs already registered, best first, computed
 * as the submit check computes them, in batches of rows.
 */
export async function findPreviewOverlaps(db: DbOrTx, probes: OverlapProbe[], thesaurus: Thesaurus): Promise<Map<number, PreviewOverlap[]>> {
  const out = new Map<number, PreviewOverlap[]>();
  for (let i = 0; i < probes.length; i += PROBES_PER_QUERY) {
    const batch = probes.slice(i, i + PROBES_PER_QUERY);
    const ids = await findCandidates(db, batch);
    if (ids.length === 0) continue;
    const loaded = await loadMatchingPrograms(db, ids);
    const analyzed = [...loaded.values()].map((p) => analyzeProgram(p, thesaurus));
    const near = indexByPlace(analyzed);
    for (const probe of batch) {
      const self = analyzeProgram({ ...probe, id: `row-${probe.row}` }, thesaurus);
      const seen = new Set<string>();
      const found: PreviewOverlap[] = [];
      for (const code of probe.areas.map((a) => a.code)) {
        for (const c of near(code)) {
          if (seen.has(c.id) || c.id === probe.excludeId) continue;
          seen.add(c.id);
          const match = comparePrograms(self, c);
          if (!match) continue;
          const p = loaded.get(c.id) as LoadedProgram;
          found.push({ programId: p.id, title: p.title, companyName: p.companyName, kind: match.kind, score: match.score });
        }
      }
      if (found.length) out.set(probe.row, found.sort((a, b) => b.score - a.score).slice(0, SHOWN_PER_ROW));
    }
  }
  return out;
}
