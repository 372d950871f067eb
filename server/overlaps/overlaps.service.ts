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
  findLinkedPairs,
  findNearCandidateIds,
  findCandidatePairs,
  findRepeatPairs,
  loadMatchingPrograms,
  matchableFor,
  MATCHABLE_STATUSES,
  type LoadedProgram,
} from "./overlaps.queries";
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
  phase: "pairs" | "load" | "compare" | "write" | "done";
  done: number;
  total: number;
}

/**
 * The full rescan: every candidate pair from one set-based join, compared in memory, then
 * written in batches. Used by `npm run csr -- rescan` and after a thesaurus change.
 */
export async function rescanAll(db: Database, onProgress: (p: RescanProgress) => void = () => {}) {
  const th = await loadThesaurus(db);
  const years = await getRepeatYears(db);
  const started = Date.now();
  onProgress({ phase: "pairs", done: 0, total: 0 });
  // Overlapping periods, then repeats: the two sets are disjoint, since a repeat's periods do not overlap.
  // The explicit links (a CSR program naming the government activity it supports) may repeat a pair of the others.
  const linked = (await findLinkedPairs(db)).filter(([a, b]) => a !== b);
  const pairs = [...(await findCandidatePairs(db)), ...(await findRepeatPairs(db, years))];
  const known = new Set(pairs.map(([a, b]) => `${a}|${b}`));
  for (const p of linked) if (!known.has(`${p[0]}|${p[1]}`)) pairs.push(p);
  const ids = [...new Set(pairs.flat())];
  onProgress({ phase: "load", done: 0, total: ids.length });
  const loaded = await loadMatchingPrograms(db, ids);
  const analyzed = new Map<string, AnalyzedProgram>();
  const analysis = (id: string) => {
    let a = analyzed.get(id);
    if (!a) {
      a = analyzeProgram(loaded.get(id) as LoadedProgram, th);
      analyzed.set(id, a);
    }
    return a;
  };
  const found: FoundPair[] = [];
  for (let i = 0; i < pairs.length; i++) {
    const [x, y] = pairs[i] as [string, string];
    if (!loaded.has(x) || !loaded.has(y)) continue;
    const match = matchPrograms(analysis(x), analysis(y), years);
    if (match) found.push(pairOf(loaded.get(x) as LoadedProgram, loaded.get(y) as LoadedProgram, match));
    if (i % 20_000 === 0) onProgress({ phase: "compare", done: i, total: pairs.length });
  }
  onProgress({ phase: "write", done: 0, total: found.length });
  // The opened pairs stay out of the summary: it goes into the audit log, and may be 100,000 long.
  const { opened, clusters, ...result } = await db.transaction((tx) => reconcileFlags(tx, found, "all"));
  onProgress({ phase: "done", done: found.length, total: found.length });
  return {
    candidatePairs: pairs.length,
    programs: ids.length,
    flagged: found.length,
    ms: Date.now() - started,
    ...result,
    clusters: clusters.length,
  };
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
