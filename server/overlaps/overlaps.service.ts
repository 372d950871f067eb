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
}

/** Analysed programs kept between chunks, least recently used dropped first: neighbours and wide (province-level) programs recur. */
class AnalysisCache {
  private map = new Map<string, { loaded: LoadedProgram; analyzed: AnalyzedProgram }>();
  constructor(private readonly capacity: number) {}
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

  /** Where the time went, in ms (for the benchmark). */
  const timings = { members: 0, pairs: 0, load: 0, compare: 0, write: 0, clusters: 0 };
  let mark = Date.now();
  const lap = (k: keyof typeof timings) => {
    const now = Date.now();
    timings[k] += now - mark;
    mark = now;
  };
  const runChunk = async (firsts: string[]) => {
    lap("members");
    const { pairs } = await findPairsOf(db, firsts, years);
    lap("pairs");
    totals.candidatePairs += pairs.length;
    totals.programs += firsts.length;
    const missing = [...new Set(pairs.flat())].filter((id) => !cache.get(id));
    const loaded = await loadMatchingPrograms(db, missing);
    lap("load");
    const chunk = new Map<string, { loaded: LoadedProgram; analyzed: AnalyzedProgram }>();
    const entry = (id: string) => {
      let e = chunk.get(id) ?? cache.get(id);
      if (!e) {
        const p = loaded.get(id);
        if (!p) return undefined;
        e = { loaded: p, analyzed: analyzeProgram(p, th) };
        cache.set(id, e);
      }
      chunk.set(id, e);
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
    lap("compare");
    // Every stored pair whose first program is in this chunk: those not found again become obsolete.
    const r = await db.transaction((tx) => reconcileFlags(tx, found, { firsts }, { clusters: false }));
    for (const k of ["inserted", "updated", "reopened", "obsoleted", "keptResolved", "complements"] as const) totals[k] += r[k];
    lap("write");
    onProgress({ phase: "compare", done: totals.programs, total: 0 });
  };

  // The chunks cover every program with an area (each once, by its smallest code), then those with none.
  const bounds: (string | null)[] = [null, ...starts, null];
  for (let i = 0; i + 1 < bounds.length; i++) await runChunk(await programsHomedIn(db, bounds[i] ?? null, bounds[i + 1] ?? null));
  for (let after: string | null = null; ; ) {
    const ids = await programsWithoutAreas(db, after, chunkSize);
    if (ids.length > 0) await runChunk(ids);
    if (ids.length < chunkSize) break;
    after = ids[ids.length - 1] as string;
  }
  onProgress({ phase: "clusters", done: 0, total: 0 });
  lap("members");
  const clusters = await db.transaction((tx) => recomputeClusters(tx, "all"));
  lap("clusters");
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
