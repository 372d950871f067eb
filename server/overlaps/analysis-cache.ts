import "server-only";
import type { DbOrTx } from "@/db/client";
import { loadMatchingPrograms, type LoadedProgram } from "./overlaps.queries";
import { analyzeProgram, type AnalyzedProgram } from "./scoring";
import type { Thesaurus } from "./thesaurus";

export interface CachedProgram {
  loaded: LoadedProgram;
  analyzed: AnalyzedProgram;
}

/**
 * Programs read and analysed once for a run of batches (an import's checks, a preview's rows):
 * neighbouring batches share most candidates, and analysing a text is the dearest step. A
 * program changed during the run is seen as it was when first read, as by a check started then;
 * `refresh` reads some again, keeping the analysis when the fingerprint did not change.
 */
export function createAnalysisCache(thesaurus: Thesaurus) {
  const known = new Map<string, CachedProgram>();
  const put = (p: LoadedProgram) => {
    const before = known.get(p.id);
    known.set(p.id, { loaded: p, analyzed: before?.loaded.fingerprint === p.fingerprint ? before.analyzed : analyzeProgram(p, thesaurus) });
  };
  return {
    get: (id: string) => known.get(id),
    /** The programs, read from the database only when not read before in this run. */
    async load(db: DbOrTx, ids: string[]): Promise<CachedProgram[]> {
      const missing = ids.filter((id) => !known.has(id));
      for (const p of (await loadMatchingPrograms(db, missing)).values()) put(p);
      return ids.flatMap((id) => known.get(id) ?? []);
    },
    /** The programs read again; returns those that still exist. */
    async refresh(db: DbOrTx, ids: string[]): Promise<CachedProgram[]> {
      const fresh = await loadMatchingPrograms(db, ids);
      for (const id of ids) if (!fresh.has(id)) known.delete(id);
      for (const p of fresh.values()) put(p);
      return ids.flatMap((id) => known.get(id) ?? []);
    },
  };
}

export type AnalysisCache = ReturnType<typeof createAnalysisCache>;
