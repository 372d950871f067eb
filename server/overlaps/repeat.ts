import type { FlagRelation } from "@/lib/enums";
import type { Reason } from "@/lib/overlaps/reasons";
import { isGovernment, linkedMatch, relationOf } from "./relation";
import {
  compareAreas,
  comparePrograms,
  compareTargets,
  RULES,
  textSimilarity,
  type AnalyzedProgram,
  type Match,
  type PairFeatures,
} from "./scoring";

// Repeats: the same kind of aid at the same place by another company in another year (two
// subsidiaries planting mangroves at the same site in 2021 and 2025). Not a conflict like an
// overlap: history a reviewer marks as a continuation or a call to coordinate. Pure functions,
// reusing the overlap matcher's text similarity and its bar.

/** A repeat found between two programs: the shape of an overlap match, of its own kind. */
export type RepeatMatch = Omit<Match, "kind"> & { kind: "repeat" };
/**
 * What the matcher may find between two activities: a duplicate or overlap (scoring.ts), or a
 * repeat, with its relation (null between two CSR programs; relation.ts for CSR and government).
 */
export type AnyMatch = (Match | RepeatMatch) & { relation?: FlagRelation | null };

export { DEFAULT_REPEAT_YEARS, MAX_REPEAT_YEARS, MIN_REPEAT_YEARS } from "@/lib/overlaps/repeat-years";

const DAY = 86_400_000;
const dayNumber = (iso: string) => Math.floor(Date.parse(iso + "T00:00:00Z") / DAY);

/** The same calendar day `years` later or earlier, as an ISO date string (29 Feb may give a day that compares correctly but does not exist). */
export function shiftYears(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) + years;
  return `${String(y).padStart(4, "0")}${iso.slice(4)}`;
}

/**
 * The two programs in time order when their periods do not overlap and the later one starts at
 * most `years` after the earlier one ends; null otherwise.
 */
export function orderAcrossYears<T extends { startDate: string; endDate: string }>(
  a: T,
  b: T,
  years: number,
): { earlier: T; later: T } | null {
  const pair = a.endDate < b.startDate ? { earlier: a, later: b } : b.endDate < a.startDate ? { earlier: b, later: a } : null;
  if (!pair) return null;
  return pair.later.startDate <= shiftYears(pair.earlier.endDate, years) ? pair : null;
}

/**
 * Whether two programs are a repeat: same sector, shared ground (equal places or one inside the
 * other), another company, periods that do not overlap and lie at most `years` apart, and
 * activities the matcher finds alike (the overlap bar). A company's own renewal is not a repeat.
 */
export function classifyRepeat(a: AnalyzedProgram, b: AnalyzedProgram, years: number): RepeatMatch | null {
  if (a.id === b.id || a.sector !== b.sector || (a.companyId !== null && a.companyId === b.companyId)) return null;
  const order = orderAcrossYears(a, b, years);
  if (!order) return null;
  const areas = compareAreas(a.areas, b.areas);
  if (!areas.best) return null;
  const text = textSimilarity(a, b);
  const target = compareTargets(a, b);
  if (!(text.text >= RULES.overlapText || (target.same && text.text >= RULES.overlapTextSameTarget))) return null;

  const { earlier, later } = order;
  const gapDays = dayNumber(later.startDate) - dayNumber(earlier.endDate) - 1;
  const ratio = (x: number | null, y: number | null) =>
    x === null || y === null || x <= 0 || y <= 0 ? 0 : Math.min(x, y) / Math.max(x, y);
  const scaleRatio = Math.max(ratio(a.budgetIdr, b.budgetIdr), ratio(a.beneficiaries, b.beneficiaries));
  const closeness = Math.max(0, 1 - gapDays / (years * 365.25));
  const activity = Math.min(1, text.text / 0.6);
  const score = Math.min(1, 0.5 * activity + 0.2 * areas.match + 0.1 * (target.same ? 1 : 0) + 0.1 * scaleRatio + 0.1 * closeness);
  const features: PairFeatures = {
    textSim: text.text,
    titleSim: text.title,
    areaMatch: areas.match,
    overlapOfShorter: 0,
    overlapOfLonger: 0,
    startDeltaDays: Math.abs(dayNumber(a.startDate) - dayNumber(b.startDate)),
    sameTarget: target.same,
    scaleRatio,
    sameCompany: false,
    partnerNamed: false,
  };

  const reasons: Reason[] = [];
  const { outer, inner } = areas.best;
  reasons.push(outer.code === inner.code ? { code: "same_area", area: inner } : { code: "area_contains", outer, inner });
  reasons.push({
    code: "years_apart",
    earlier: { from: earlier.startDate, to: earlier.endDate },
    later: { from: later.startDate, to: later.endDate },
    gapDays,
  });
  reasons.push({ code: "text_similar", percent: Math.round(text.text * 100) });
  if (text.shared.length) reasons.push({ code: "shared_terms", terms: text.shared });
  if (target.shown !== null) reasons.push({ code: "same_target", targetGroup: target.shown });
  if (scaleRatio >= 0.8) reasons.push({ code: "similar_scale" });
  return { kind: "repeat", score: Math.round(score * 100) / 100, reasons, features };
}

/**
 * Every kind at once: a duplicate or overlap when the periods overlap, else possibly a repeat; a
 * CSR program paired with the government activity it names even when the words differ. Two
 * government activities are never compared (reference data, not plans under review).
 */
export function matchPrograms(a: AnalyzedProgram, b: AnalyzedProgram, repeatYears: number): AnyMatch | null {
  if (isGovernment(a) && isGovernment(b)) return null;
  const m: AnyMatch | null = comparePrograms(a, b) ?? classifyRepeat(a, b, repeatYears) ?? linkedMatch(a, b, repeatYears);
  if (!m) return null;
  const relation = relationOf(a, b, m.kind);
  return {
    ...m,
    relation,
    reasons: relation === "complement" ? [...m.reasons, { code: "supports_activity" }] : m.reasons,
  };
}

/** The period a search for repeats of a program covers: `years` before its start to `years` after its end. */
export function repeatWindow(p: { startDate: string; endDate: string }, years: number): { from: string; to: string } {
  // A real date for SQL: 29 Feb of a common year widens to 28 Feb and 1 Mar; the classification is exact.
  const real = (iso: string, widen: "down" | "up") =>
    iso.endsWith("-02-29") && !isLeap(Number(iso.slice(0, 4))) ? iso.slice(0, 5) + (widen === "down" ? "02-28" : "03-01") : iso;
  return { from: real(shiftYears(p.startDate, -years), "down"), to: real(shiftYears(p.endDate, years), "up") };
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
