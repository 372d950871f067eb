import "server-only";
import type { Database } from "@/db/client";
import { notifyNewFlags } from "@/server/notifications/overlap-events";
import { findCandidateIdsForMany, nearIndex } from "./candidates-batch";
import { reconcileFlags, type FoundPair } from "./flags.store";
import { createAnalysisCache, type AnalysisCache } from "./analysis-cache";
import { findLinkedIdsForMany, matchable, MATCHABLE_STATUSES, type LoadedProgram } from "./overlaps.queries";
import { matchPrograms, repeatWindow } from "./repeat";
import { getRepeatYears } from "@/server/settings/settings.queries";
import type { Thesaurus } from "./thesaurus";
import { loadThesaurus } from "./thesaurus.service";

/** Programs checked per transaction: a few statements for each batch instead of a few for each program. */
export const CHECK_BATCH = 200;

function pairOf(x: LoadedProgram, y: LoadedProgram, match: FoundPair["match"]): FoundPair {
  const [a, b] = x.id < y.id ? [x, y] : [y, x];
  return { a: a.id, b: b.id, match, fingerprintA: a.fingerprint, fingerprintB: b.fingerprint, legacyA: a.legacyFingerprint, legacyB: b.legacyFingerprint };
}

const toPeriod = (w: { from: string; to: string }) => ({ startDate: w.from, endDate: w.to });

/**
 * The check on submit (checkProgram) for many programs at once, as after an import: each batch
 * loads its programs, finds the candidates of all of them in one statement, compares in memory,
 * and brings the flags of the batch's programs up to date in one transaction (reviewers are told
 * of new pairs as checkProgram tells them). The same flags as checking one program at a time.
 */
export async function checkProgramsInBatches(
  db: Database,
  ids: string[],
  opts: {
    thesaurus?: Thesaurus;
    cache?: AnalysisCache;
    from?: number;
    batchSize?: number;
    onChecked?: (done: number, total: number) => Promise<void> | void;
  } = {},
) {
  const th = opts.thesaurus ?? (await loadThesaurus(db));
  const size = opts.batchSize ?? CHECK_BATCH;
  const cache = opts.cache ?? createAnalysisCache(th);
  const years = await getRepeatYears(db);
  for (let i = opts.from ?? 0; i < ids.length; i += size) {
    const batch = ids.slice(i, i + size);
    await db.transaction(async (tx) => {
      // The batch's own programs are read fresh: they were just saved, or are checked again.
      const selves = (await cache.refresh(tx, batch)).filter((p) => MATCHABLE_STATUSES.includes(p.loaded.status));
      // Each probe's period widened by the repeat window: the same places, and the years around them.
      const probes = selves.map((p) => ({
        ...p.loaded,
        ...toPeriod(repeatWindow(p.loaded, years)),
        areaCodes: p.loaded.areas.map((a) => a.code),
      }));
      // The explicit links (a CSR program naming the government activity it supports) as checkProgram compares them.
      const links = await findLinkedIdsForMany(
        tx,
        selves.map((p) => p.loaded),
      );
      const linkedIds = [...new Set([...links.values()].flat())];
      const candidates = await cache.load(tx, [...new Set([...(await findCandidateIdsForMany(tx, probes, matchable())), ...linkedIds])]);
      const near = nearIndex(candidates.map((c) => c.analyzed));
      const found = new Map<string, FoundPair>();
      for (const { loaded: self, analyzed: probe } of selves) {
        const seen = new Set<string>([self.id]);
        const linked = (links.get(self.id) ?? []).flatMap((id) => cache.get(id)?.analyzed ?? []);
        for (const area of [...self.areas, { code: "__linked__", name: "" }]) {
          for (const other of area.code === "__linked__" ? linked : near(area.code)) {
            if (seen.has(other.id)) continue;
            seen.add(other.id);
            const match = matchPrograms(probe, other, years);
            if (!match) continue;
            const pair = pairOf(self, cache.get(other.id)?.loaded as LoadedProgram, match);
            found.set(`${pair.a}|${pair.b}`, pair);
          }
        }
      }
      const result = await reconcileFlags(tx, [...found.values()], { programIds: batch });
      await notifyNewFlags(tx, result.opened, result.clusters);
    });
    await opts.onChecked?.(Math.min(i + size, ids.length), ids.length);
  }
}
