import "server-only";
import type { DbOrTx } from "@/db/client";
import { findCandidateIdsForMany, nearIndex } from "@/server/overlaps/candidates-batch";
import { createAnalysisCache } from "@/server/overlaps/analysis-cache";
import { matchable, type LoadedProgram } from "@/server/overlaps/overlaps.queries";
import { analyzeProgram, comparePrograms, type ProgramForMatching } from "@/server/overlaps/scoring";
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

/**
 * The overlaps each row would raise against programs already registered, best first, computed
 * as the submit check computes them, in batches of rows.
 */
export async function findPreviewOverlaps(db: DbOrTx, probes: OverlapProbe[], thesaurus: Thesaurus, cache = createAnalysisCache(thesaurus)): Promise<Map<number, PreviewOverlap[]>> {
  const out = new Map<number, PreviewOverlap[]>();
  for (let i = 0; i < probes.length; i += PROBES_PER_QUERY) {
    const batch = probes.slice(i, i + PROBES_PER_QUERY);
    const ids = await findCandidateIdsForMany(
      db,
      batch.map((p) => ({ ...p, areaCodes: p.areas.map((a) => a.code) })),
      matchable(),
    );
    if (ids.length === 0) continue;
    const near = nearIndex((await cache.load(db, ids)).map((c) => c.analyzed));
    for (const probe of batch) {
      const self = analyzeProgram({ ...probe, id: `row-${probe.row}` }, thesaurus);
      const seen = new Set<string>();
      const found: PreviewOverlap[] = [];
      for (const code of probe.areas.map((a) => a.code)) {
        for (const c of near(code)) {
          if (seen.has(c.id) || c.id === probe.excludeId) continue;
          // Two government activities are never paired (docs/overlaps.md).
          if (probe.source === "government" && c.source === "government") continue;
          seen.add(c.id);
          const match = comparePrograms(self, c);
          if (!match) continue;
          const p = cache.get(c.id)?.loaded as LoadedProgram;
          found.push({ programId: p.id, title: p.title, companyName: p.companyName, kind: match.kind, score: match.score });
        }
      }
      if (found.length) out.set(probe.row, found.sort((a, b) => b.score - a.score).slice(0, SHOWN_PER_ROW));
    }
  }
  return out;
}
