import "server-only";
import { eq } from "drizzle-orm";
import { queriesOf, type Database, type DbOrTx } from "@/db/client";
import { companies, programs } from "@/db/schema";
import type { OfficerViewer } from "@/server/auth/viewer";
import { notifyNewFlags } from "@/server/notifications/overlap-events";
import { getRepeatYears } from "@/server/settings/settings.queries";
import { reconcileFlags, type FoundPair, type ReconcileResult } from "./flags.store";
import {
  describeProbeAreas,
  eligibleFor,
  findLinkedIds,
  findNearCandidateIds,
  findPairsOf,
  loadMatchingPrograms,
  loadNearCandidates,
  matchableFor,
  MATCHABLE_STATUSES,
  programsHomedIn,
  programsWithoutAreas,
  rescanChunkStarts,
  type LoadedProgram,
} from "./overlaps.queries";
import { recomputeClusters } from "./clusters.store";
import type { LiveCheckInput } from "./overlaps.schemas";
import { matchPrograms, type AnyMatch as Match } from "./repeat";
import { analyzeProgram, type AnalyzedProgram } from "./scoring";
import type { Thesaurus } from "./thesaurus";
import { loadThesaurus } from "./thesaurus.service";

function pairOf(x: LoadedProgram, y: LoadedProgram, match: Match): FoundPair {
  const [a, b] = x.id < y.id ? [x, y] : [y, x];
  return {
    a: a.id,
    b: b.id,
    match,
    fingerprintA: a.fingerprint,
    fingerprintB: b.fingerprint,
    legacyA: a.legacyFingerprint,
    legacyB: b.legacyFingerprint,
  };
}

/** Conflicts (duplicate, overlap) before history (repeat). */
const kindRank = (m: Match) => (m.kind === "repeat" ? 1 : 0);

/** Matches of one program among the given candidates: duplicates and overlaps first, then repeats, each best first. */
function matchAgainst(
  probe: AnalyzedProgram,
  candidates: Iterable<AnalyzedProgram>,
  repeatYears: number,
): { other: AnalyzedProgram; match: Match }[] {
  const out: { other: AnalyzedProgram; match: Match }[] = [];
  for (const c of candidates) {
    const match = matchPrograms(probe, c, repeatYears);
    if (match) out.push({ other: c, match });
  }
  return out.sort((x, y) => kindRank(x.match) - kindRank(y.match) || y.match.score - x.match.score);
}

/**
 * The check on submit and after a material edit: compares one program with every matchable
 * program around it and brings its flags up to date. A program that is not matchable (a draft,
 * withdrawn, rejected) loses its open flags.
 */
export async function checkProgram(db: Database, programId: string, thesaurus?: Thesaurus): Promise<ReconcileResult & { matches: number }> {
  const th = thesaurus ?? (await loadThesaurus(db));
  return db.transaction(async (tx) => {
    const self = (await loadMatchingPrograms(tx, [programId])).get(programId);
    if (!self || !MATCHABLE_STATUSES.includes(self.status)) {
      return { ...(await reconcileFlags(tx, [], { programId })), matches: 0 };
    }
    const years = await getRepeatYears(tx);
    const near = { ...self, areaCodes: self.areas.map((a) => a.code), excludeId: self.id };
    // A government activity is compared with CSR programs only; the explicit links (a CSR program
    // naming the activity it supports) are compared even across sectors.
    const ids = [
      ...new Set([...(await findNearCandidateIds(tx, near, years, eligibleFor(self))), ...(await findLinkedIds(tx, self))]),
    ].filter((id) => id !== self.id);
    const loaded = await loadMatchingPrograms(tx, ids);
    const probe = analyzeProgram(self, th);
    const found = matchAgainst(
      probe,
      [...loaded.values()].map((p) => analyzeProgram(p, th)),
      years,
    ).map(({ other, match }) => pairOf(self, loaded.get(other.id) as LoadedProgram, match));
    const result = await reconcileFlags(tx, found, { programId });
    // Only this path tells reviewers: a full rescan would flood them with pairs they already know.
    await notifyNewFlags(tx, result.opened, result.clusters);
    return { ...result, matches: found.length };
  });
}

export interface LiveMatch {
  programId: string;
  title: string;
  /** The company, or for a government activity its agency. */
  companyName: string;
  source: "csr" | "government";
  /** A government activity's funding (apbn, apbd_province, ...), else null. */
  funding: string | null;
  /** Null between CSR programs; double_funding or complement beside a government activity. */
  relation: "double_funding" | "complement" | null;
  isOwnCompany: boolean;
  status: string;
  startDate: string;
  endDate: string;
  areas: { code: string; name: string }[];
  kind: Match["kind"];
  score: number;
  reasons: Match["reasons"];
}

/**
 * The live warning while an officer fills in the form: likely matches among their own
 * programs and other companies' submitted ones (never another company's draft), best first.
 */
export async function liveCheck(db: DbOrTx, viewer: OfficerViewer, input: LiveCheckInput, limit = 5): Promise<LiveMatch[]> {
  const [th, years] = await queriesOf(db, () => loadThesaurus(db), () => getRepeatYears(db));
  // Another company's programs are seen only past draft (matchableFor); a repeat is never the officer's own.
  // The candidates are found and read in one statement, beside the probe's place names and company.
  const [places, [own], loaded] = await queriesOf(
    db,
    () => describeProbeAreas(db, input.areaCodes),
    () => db.select({ name: companies.name }).from(companies).where(eq(companies.id, viewer.companyId)),
    () => loadNearCandidates(db, { ...input, companyId: viewer.companyId }, years, matchableFor(viewer)),
  );
  if (loaded.size === 0) return [];
  const probe = analyzeProgram(
    {
      id: input.excludeId ?? "live-probe",
      companyId: viewer.companyId,
      companyName: own?.name ?? "",
      title: input.title,
      description: input.description,
      sector: input.sector,
      targetGroup: input.targetGroup,
      targetGroupText: input.targetGroupText ?? null,
      startDate: input.startDate,
      endDate: input.endDate,
      supportsActivityId: input.supportsActivityId ?? null,
      // Not typed yet: unknown, which is no evidence either way (0 would be a figure).
      budgetIdr: input.budgetIdr ?? null,
      beneficiaries: input.plannedBeneficiaries ?? null,
      areas: places.own,
      placeNames: places.placeNames,
    },
    th,
  );
  const matches = matchAgainst(
    probe,
    [...loaded.values()].map((p) => analyzeProgram(p, th)),
    years,
  ).slice(0, limit);
  if (matches.length === 0) return [];
  return matches.map(({ other, match }) => {
    const p = loaded.get(other.id) as LoadedProgram;
    return {
      programId: p.id,
      title: p.title,
      companyName: p.companyName,
      source: p.source ?? "csr",
      funding: p.funding ?? null,
      relation: match.relation ?? null,
      isOwnCompany: p.companyId === viewer.companyId,
      status: p.status,
      startDate: p.startDate,
      endDate: p.endDate,
      areas: p.areas,
      kind: match.kind,
      score: match.score,
      reasons: match.reasons,
    };
  });
}

export interface RescanProgress {
  phase: "pairs" | "load" | "compare" | "write" | "clusters" | "done";
  done: number;
  total: number;
  /** After each batch of a chunk (phase compare): its first programs, candidate pairs and the programs it held; the cache's size. */
  chunk?: { firsts: number; pairs: number; held: number; cached: number; flagged: number; timings: Record<string, number> };
}

/** Analysed programs kept between chunks, least recently used dropped first: neighbours and wide (province-level) programs recur. */
class AnalysisCache {
  private map = new Map<string, { loaded: LoadedProgram; analyzed: AnalyzedProgram }>();
  constructor(private readonly capacity: number) {}
  get size() {
    return this.map.size;
  }
  has(id: string) {
    return this.map.has(id);
  }
  get(id: string) {
    const v = this.map.get(id);
    if (v) {
      this.map.delete(id);
      this.map.set(id, v);
    }
    return v;
  }
  set(id: string, v: { loaded: LoadedProgram; analyzed: AnalyzedProgram }) {
    this.map.set(id, v);
    while (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as string);
  }
}

export interface RescanOptions {
  /** About this many program areas per chunk (a run of neighbouring regencies): one pair query each. */
  chunkSize?: number;
  /** Analysed programs kept between chunks. */
  cacheSize?: number;
  /**
   * A chunk is compared and written in batches of its first programs holding at most this many
   * candidate pairs and this many distinct programs (one first program with more goes alone), so
   * what is held at once does not grow with how dense the data are: at 1,000,000 activities one
   * chunk of 20,000 program areas has some 470,000 candidate pairs over more programs than a heap
   * of 1 GiB holds analysed.
   */
  batchPairs?: number;
  batchPrograms?: number;
}

/** One batch of the rescan: first programs (a contiguous run of a chunk's, in id order) and their candidate pairs. */
interface RescanBatch {
  firsts: string[];
  pairs: [string, string][];
}

/**
 * A chunk's first programs and pairs cut into batches: firsts in the order given (by place, so a
 * batch's programs share their neighbours), each batch a run of them whose pairs (a is the first)
 * stay within `maxPairs` pairs and `maxPrograms` distinct programs, unless a single first program
 * needs more. Every first is in exactly one batch (those without pairs too: their stored flags are
 * reconciled with that batch), and every pair in its first's batch.
 */
export function splitRescanChunk(firsts: string[], pairs: [string, string][], maxPairs: number, maxPrograms: number): RescanBatch[] {
  const byFirst = new Map<string, [string, string][]>();
  for (const pair of pairs) {
    const l = byFirst.get(pair[0]);
    if (l) l.push(pair);
    else byFirst.set(pair[0], [pair]);
  }
  const out: RescanBatch[] = [];
  let current: RescanBatch = { firsts: [], pairs: [] };
  let held = new Set<string>();
  for (const first of firsts) {
    const own = byFirst.get(first) ?? [];
    const adds = new Set<string>();
    for (const [x, y] of own) {
      if (!held.has(x)) adds.add(x);
      if (!held.has(y)) adds.add(y);
    }
    const fits = current.pairs.length + own.length <= maxPairs && held.size + adds.size <= maxPrograms;
    if (!fits && current.firsts.length) {
      out.push(current);
      current = { firsts: [], pairs: [] };
      held = new Set();
      for (const [x, y] of own) held.add(x).add(y);
    } else for (const id of adds) held.add(id);
    current.firsts.push(first);
    for (const pair of own) current.pairs.push(pair);
  }
  if (current.firsts.length) out.push(current);
  return out;
}

/**
 * The full rescan, streamed in bounded memory: programs in chunks of neighbouring regencies (by
 * their smallest area code), each chunk's candidate pairs (those whose first program is in it)
 * found in one query, then compared and their flags reconciled in batches of bounded size
 * (splitRescanChunk), each in its own transaction; then clusters once for everything. Held at once:
 * the current chunk's pairs and the next one's, one batch's programs and the read-ahead batch's,
 * and the cache: bounded by the options, not by the number of programs or of chunks done.
 * Used by `npm run csr -- rescan` and after a thesaurus change.
 */
export async function rescanAll(db: Database, onProgress: (p: RescanProgress) => void = () => {}, options: RescanOptions = {}) {
  const chunkSize = options.chunkSize ?? 20_000;
  const batchPairs = options.batchPairs ?? 100_000;
  const batchPrograms = options.batchPrograms ?? 20_000;
  const th = await loadThesaurus(db);
  const years = await getRepeatYears(db);
  const started = Date.now();
  const cache = new AnalysisCache(options.cacheSize ?? 40_000);
  onProgress({ phase: "pairs", done: 0, total: 0 });
  const starts = await rescanChunkStarts(db, chunkSize);
  const totals = {
    candidatePairs: 0,
    programs: 0,
    flagged: 0,
    inserted: 0,
    updated: 0,
    reopened: 0,
    obsoleted: 0,
    keptResolved: 0,
    complements: 0,
  };

  /**
   * Where the time went, in ms (for the benchmark). The next batch's programs (and, at a chunk's
   * last batch, the next chunk's pairs) are read while this one is compared, and a batch's flags are
   * written while the next is compared, so `fetch` and `write` (the database's share, overlapped)
   * and the others do not add up to the whole; `wait` is the time the comparison waited for a
   * fetch, `writeWait` for the previous batch's write.
   */
  const timings = { fetch: 0, pairs: 0, programs: 0, wait: 0, compare: 0, write: 0, writeWait: 0, clusters: 0 };
  const bounds: (string | null)[] = [null, ...starts, null];

  /** The batches in order, each with the programs it needs that were not in the cache when it was read. */
  async function* batches(): AsyncGenerator<RescanBatch & { loaded: Map<string, LoadedProgram> }> {
    let noAreasAfter: string | null | undefined = undefined;
    for (let chunkIndex = 0; ; chunkIndex++) {
      let t = Date.now();
      let firsts: string[];
      let range: { from: string | null; to: string | null } | undefined;
      if (chunkIndex + 1 < bounds.length) {
        range = { from: bounds[chunkIndex] ?? null, to: bounds[chunkIndex + 1] ?? null };
        firsts = await programsHomedIn(db, range.from, range.to);
      } else {
        // The chunks cover every program with an area (each once, by its smallest code), then those with none.
        if (noAreasAfter === null) return;
        firsts = await programsWithoutAreas(db, noAreasAfter ?? null, chunkSize);
        noAreasAfter = firsts.length < chunkSize ? null : (firsts[firsts.length - 1] as string);
        if (firsts.length === 0) return;
      }
      const { pairs } = await findPairsOf(db, firsts, years, range);
      timings.pairs += Date.now() - t;
      timings.fetch += Date.now() - t;
      for (const batch of splitRescanChunk(firsts, pairs, batchPairs, batchPrograms)) {
        t = Date.now();
        const loaded = await loadMatchingPrograms(
          db,
          [...new Set(batch.pairs.flat())].filter((id) => !cache.has(id)),
        );
        timings.programs += Date.now() - t;
        timings.fetch += Date.now() - t;
        yield { ...batch, loaded };
      }
    }
  }

  let writing: Promise<void> = Promise.resolve();
  const write = async (found: FoundPair[], firsts: string[]) => {
    const t = Date.now();
    const r = await db.transaction((tx) => reconcileFlags(tx, found, { firsts }, { clusters: false }));
    for (const k of ["inserted", "updated", "reopened", "obsoleted", "keptResolved", "complements"] as const) totals[k] += r[k];
    timings.write += Date.now() - t;
  };

  const source = batches();
  let next = source.next();
  for (;;) {
    let t = Date.now();
    const step = await next;
    timings.wait += Date.now() - t;
    if (step.done) break;
    next = source.next();
    // Awaited on the next turn; marked handled so a failure here does not leave it unhandled.
    next.catch(() => {});
    t = Date.now();
    const { firsts, pairs, loaded } = step.value;
    totals.candidatePairs += pairs.length;
    totals.programs += firsts.length;
    // The batch holds its programs itself while it compares (the cache may drop them meanwhile);
    // those dropped from the cache since the fetch are read again.
    const held = new Map<string, { loaded: LoadedProgram; analyzed: AnalyzedProgram }>();
    const lost: string[] = [];
    for (const id of new Set(pairs.flat())) {
      const e = cache.get(id);
      if (e) held.set(id, e);
      else if (!loaded.has(id)) lost.push(id);
    }
    if (lost.length) for (const [id, p] of await loadMatchingPrograms(db, lost)) loaded.set(id, p);
    const entry = (id: string) => {
      let e = held.get(id);
      if (!e) {
        const p = loaded.get(id);
        if (!p) return undefined;
        e = { loaded: p, analyzed: analyzeProgram(p, th) };
        cache.set(id, e);
        held.set(id, e);
      }
      return e;
    };
    const found: FoundPair[] = [];
    for (const [x, y] of pairs) {
      const ex = entry(x);
      const ey = entry(y);
      if (!ex || !ey) continue;
      const match = matchPrograms(ex.analyzed, ey.analyzed, years);
      if (match) found.push(pairOf(ex.loaded, ey.loaded, match));
    }
    totals.flagged += found.length;
    timings.compare += Date.now() - t;
    // Every stored pair whose first program is in this batch: those not found again become obsolete.
    // Written while the next batch is compared (one write at a time; batches' firsts, so their flags, are disjoint).
    t = Date.now();
    await writing;
    timings.writeWait += Date.now() - t;
    writing = write(found, firsts);
    writing.catch(() => {});
    onProgress({
      phase: "compare",
      done: totals.programs,
      total: 0,
      chunk: {
        firsts: firsts.length,
        pairs: pairs.length,
        held: held.size,
        cached: cache.size,
        flagged: found.length,
        timings: { ...timings },
      },
    });
  }
  await writing;
  onProgress({ phase: "clusters", done: 0, total: 0 });
  const tc = Date.now();
  const clusters = await db.transaction((tx) => recomputeClusters(tx, "all"));
  timings.clusters = Date.now() - tc;
  onProgress({ phase: "done", done: totals.flagged, total: totals.flagged });
  return { ...totals, ms: Date.now() - started, clusters: clusters.length, timings };
}

/** Whether a program is in a state that takes part in matching (used by the submit hook). */
export async function isMatchable(db: DbOrTx, programId: string): Promise<boolean> {
  const [p] = await db.select({ status: programs.status }).from(programs).where(eq(programs.id, programId));
  return !!p && MATCHABLE_STATUSES.includes(p.status);
}

/**
 * The live check for a saved program of the officer's own company (the draft page and the submit
 * step): the same matches the form showed, from what is stored. Null when it is not theirs.
 */
export async function matchesForSaved(db: DbOrTx, viewer: OfficerViewer, programId: string, limit = 5): Promise<LiveMatch[] | null> {
  const p = (await loadMatchingPrograms(db, [programId])).get(programId);
  if (!p || p.companyId !== viewer.companyId) return null;
  if (p.areas.length === 0) return [];
  return liveCheck(
    db,
    viewer,
    {
      excludeId: p.id,
      title: p.title,
      description: p.description,
      sector: p.sector as LiveCheckInput["sector"],
      targetGroup: p.targetGroup ?? "",
      targetGroupText: p.targetGroupText,
      areaCodes: p.areas.map((a) => a.code),
      startDate: p.startDate,
      endDate: p.endDate,
      budgetIdr: p.budgetIdr ?? undefined,
      plannedBeneficiaries: p.beneficiaries ?? undefined,
    },
    limit,
  );
}

/** Matches that ask for the officer's answer before submitting: duplicates and overlaps (a repeat is history). */
export const needsAnswer = (m: LiveMatch) => m.kind !== "repeat";
