import "server-only";
import { eq } from "drizzle-orm";
import type { Database, DbOrTx } from "@/db/client";
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
  return { a: a.id, b: b.id, match, fingerprintA: a.fingerprint, fingerprintB: b.fingerprint, legacyA: a.legacyFingerprint, legacyB: b.legacyFingerprint };
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
    const ids = [...new Set([...(await findNearCandidateIds(tx, near, years, eligibleFor(self))), ...(await findLinkedIds(tx, self))])].filter(
      (id) => id !== self.id,
    );
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
  const [th, years] = await Promise.all([loadThesaurus(db), getRepeatYears(db)]);
  // Another company's programs are seen only past draft (matchableFor); a repeat is never the officer's own.
  const ids = await findNearCandidateIds(db, { ...input, companyId: viewer.companyId }, years, matchableFor(viewer));
  if (ids.length === 0) return [];
  const [places, [own], loaded] = await Promise.all([
    describeProbeAreas(db, input.areaCodes),
    db.select({ name: companies.name }).from(companies).where(eq(companies.id, viewer.companyId)),
    loadMatchingPrograms(db, ids),
  ]);
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
  /** After each chunk (phase compare): its first programs, candidate pairs and the programs it held; the cache's size. */
  chunk?: { firsts: number; pairs: number; held: number; cached: number };
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
  /** About this many program areas per chunk (a run of neighbouring regencies). */
  chunkSize?: number;
  /** Analysed programs kept between chunks. */
  cacheSize?: number;
}

/**
 * The full rescan, streamed in bounded memory: programs in chunks of neighbouring regencies (by
 * their smallest area code), each chunk's candidate pairs (those whose first program is in it)
 * compared and its flags reconciled in its own transaction; then clusters once for everything.
 * Used by `npm run csr -- rescan` and after a thesaurus change.
 */
export async function rescanAll(db: Database, onProgress: (p: RescanProgress) => void = () => {}, options: RescanOptions = {}) {
  const chunkSize = options.chunkSize ?? 20_000;
  const th = await loadThesaurus(db);
  const years = await getRepeatYears(db);
  const started = Date.now();
  const cache = new AnalysisCache(options.cacheSize ?? 40_000);
  onProgress({ phase: "pairs", done: 0, total: 0 });
  const starts = await rescanChunkStarts(db, chunkSize);
  const totals = { candidatePairs: 0, programs: 0, flagged: 0, inserted: 0, updated: 0, reopened: 0, obsoleted: 0, keptResolved: 0, complements: 0 };

  /**
   * Where the time went, in ms (for the benchmark). The next chunk's pairs and programs are read
   * while this one is compared and written, so `fetch` (the database's share, overlapped) and the
   * others do not add up to the whole; `wait` is the time the comparison waited for a fetch.
   */
  const timings = { fetch: 0, wait: 0, compare: 0, write: 0, clusters: 0 };
  const bounds: (string | null)[] = [null, ...starts, null];

  /** A chunk's first programs, their candidate pairs and the programs not in the cache (null after the last chunk). */
  let noAreasAfter: string | null | undefined = undefined;
  let chunkIndex = 0;
  const fetchChunk = async () => {
    const t = Date.now();
    let firsts: string[];
    let range: { from: string | null; to: string | null } | undefined;
    if (chunkIndex + 1 < bounds.length) {
      range = { from: bounds[chunkIndex] ?? null, to: bounds[chunkIndex + 1] ?? null };
      firsts = await programsHomedIn(db, range.from, range.to);
      chunkIndex++;
    } else {
      // The chunks cover every program with an area (each once, by its smallest code), then those with none.
      if (noAreasAfter === null) return null;
      firsts = await programsWithoutAreas(db, noAreasAfter ?? null, chunkSize);
      noAreasAfter = firsts.length < chunkSize ? null : (firsts[firsts.length - 1] as string);
      if (firsts.length === 0) return null;
    }
    const { pairs } = await findPairsOf(db, firsts, years, range);
    const loaded = await loadMatchingPrograms(
      db,
      [...new Set(pairs.flat())].filter((id) => !cache.has(id)),
    );
    timings.fetch += Date.now() - t;
    return { firsts, pairs, loaded };
  };

  let next = fetchChunk();
  for (;;) {
    let t = Date.now();
    const current = await next;
    timings.wait += Date.now() - t;
    if (!current) break;
    next = fetchChunk();
    // Awaited on the next turn; marked handled so a failure here does not leave it unhandled.
    next.catch(() => {});
    t = Date.now();
    const { firsts, pairs, loaded } = current;
    totals.candidatePairs += pairs.length;
    totals.programs += firsts.length;
    // The chunk holds its programs itself while it compares (the cache may drop them meanwhile);
    // those dropped from the cache since the fetch are read again.
    const chunk = new Map<string, { loaded: LoadedProgram; analyzed: AnalyzedProgram }>();
    const lost: string[] = [];
    for (const id of new Set(pairs.flat())) {
      const e = cache.get(id);
      if (e) chunk.set(id, e);
      else if (!loaded.has(id)) lost.push(id);
    }
    if (lost.length) for (const [id, p] of await loadMatchingPrograms(db, lost)) loaded.set(id, p);
    const entry = (id: string) => {
      let e = chunk.get(id);
      if (!e) {
        const p = loaded.get(id);
        if (!p) return undefined;
        e = { loaded: p, analyzed: analyzeProgram(p, th) };
        cache.set(id, e);
        chunk.set(id, e);
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
    t = Date.now();
    // Every stored pair whose first program is in this chunk: those not found again become obsolete.
    const r = await db.transaction((tx) => reconcileFlags(tx, found, { firsts }, { clusters: false }));
    for (const k of ["inserted", "updated", "reopened", "obsoleted", "keptResolved", "complements"] as const) totals[k] += r[k];
    timings.write += Date.now() - t;
    onProgress({ phase: "compare", done: totals.programs, total: 0, chunk: { firsts: firsts.length, pairs: pairs.length, held: chunk.size, cached: cache.size } });
  }
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
