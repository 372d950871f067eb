import { areasShareGround, isWithin } from "@/server/access/areas";
import type { AreaRef, Reason } from "@/lib/overlaps/reasons";
import { addVectors, cosine, sharedTerms, termVector, trigramDice, type Vector } from "./similarity";
import { agencyNames, companyNames, mentionIndex, mentions, type CompanyNames, type MentionIndex } from "./partners";
import { sharedTargetWords, targetContentWords } from "@/lib/target-groups/compare";
import { splitTargetWords } from "@/lib/target-groups/normalise";
import { analyzeText, placeTerms, type Token } from "./text";
import type { Thesaurus } from "./thesaurus";

// The reasons are read by the review pages and the command line too, so their shape lives in lib/.
export type { AreaRef, Reason };

// Duplicate and overlap detection between two programs: pure functions over plain data.
// Hard conditions (same sector, shared ground, overlapping periods) come first; then the
// activity's text similarity decides, and period, area and scale tell a duplicate from an overlap.

export interface ProgramForMatching {
  id: string;
  /** Null for a government activity: it has no company (its agency stands in its place). */
  companyId: string | null;
  /** The company's name, or a government activity's agency (matched as a named partner). */
  companyName: string;
  /** csr (default when absent) or government. */
  source?: "csr" | "government";
  /** A CSR program's stated government activity it supports (programs.supports_activity_id). */
  supportsActivityId?: string | null;
  /** A government activity's funding (apbn, apbd_province, ...); absent for CSR. */
  funding?: string | null;
  title: string;
  description: string;
  sector: string;
  /** Null when the company's words name no category yet. */
  targetGroup: string | null;
  /** Who the program is for in the company's words ("nelayan Muara Badak"); absent or null when not written. */
  targetGroupText?: string | null;
  startDate: string;
  endDate: string;
  /** Null while not known: an unknown figure is no evidence either way. */
  budgetIdr: number | null;
  beneficiaries: number | null;
  /** The program's own areas. */
  areas: AreaRef[];
  /** Names of its areas and of the areas containing them, to keep place names out of text similarity. */
  placeNames: string[];
}

export interface AnalyzedProgram extends ProgramForMatching {
  titleTokens: Token[];
  descTokens: Token[];
  places: Set<string>;
  /** The words of the target group that name the people, and the words of its place names (never evidence of the same people). */
  targetWords: Set<string>;
  placeWords: Set<string>;
  /** Its title and description prepared for finding a partner's name, and its own company's name: once per program, not per pair. */
  mentionIndex: MentionIndex;
  companyNames: CompanyNames;
}

export type MatchKind = "duplicate" | "overlap";

export interface PairFeatures {
  textSim: number;
  titleSim: number;
  areaMatch: number;
  overlapOfShorter: number;
  overlapOfLonger: number;
  startDeltaDays: number;
  sameTarget: boolean;
  scaleRatio: number;
  sameCompany: boolean;
  partnerNamed: boolean;
  /** The same company or a named partner, the same places, and the same budget or number of people (absent in older callers' data). */
  factsAgree?: boolean;
}

export interface Match {
  kind: MatchKind;
  /** 0–1: how sure the detector is that the two programs coincide. */
  score: number;
  reasons: Reason[];
  features: PairFeatures;
}

/**
 * The thresholds in one place, read off the forum's definitions and checked on the labelled
 * development set (docs/overlaps.md); the held-out set only reports.
 */
export const RULES = {
  /** Activity similarity above which two programs in the same place, sector and time overlap. */
  overlapText: 0.3,
  /** Lower bar when they also serve the same target group. */
  overlapTextSameTarget: 0.2,
  /**
   * A duplicate is the same activity at the same place and time: the same people served
   * (beneficiaries, or the same budget), nearly the same period, and the same places (or, for
   * a copy registered at district level, a text that says the same thing).
   */
  duplicatePeriod: 0.85,
  duplicateStartDays: 31,
  duplicateBeneficiaries: 0.8,
  duplicateBudget: 0.9,
  duplicateExactAreas: 0.5,
  duplicateNestedText: 0.5,
  /** Two companies registering the same activity without naming each other must say nearly the same thing. */
  duplicateOtherCompanyText: 0.6,
  /**
   * Co-funding partners describe their own share (lenses vs. transport), so their texts differ;
   * when one names the other, or both give the very same dates, places and people, a little
   * shared vocabulary is enough.
   */
  jointActivityText: 0.1,
  /**
   * The facts route. One company (or two naming each other) entering the same places with the
   * very same budget or number of people is one activity even in few or other words; some
   * shared vocabulary is still asked for, so that a company's bridge and its road, built for the
   * same sum in one village, do not become one. Both figures equal ask for less text than one.
   */
  factsBudget: 0.99,
  factsTextBoth: 0.05,
  factsTextOne: 0.15,
  /** Where those facts agree, a re-entry whose dates moved is still the same activity. */
  duplicatePeriodFacts: 0.7,
  duplicateStartDaysFacts: 92,
} as const;

const DAY = 86_400_000;
const dayNumber = (iso: string) => Math.floor(Date.parse(iso + "T00:00:00Z") / DAY);

/** Tokenises a program once; comparisons then reuse the result. */
export function analyzeProgram(p: ProgramForMatching, thesaurus: Thesaurus): AnalyzedProgram {
  return {
    ...p,
    titleTokens: analyzeText(p.title, thesaurus),
    descTokens: analyzeText(p.description, thesaurus),
    places: new Set(p.placeNames.flatMap(placeTerms)),
    targetWords: targetContentWords(p.targetGroupText),
    placeWords: new Set(p.placeNames.flatMap(splitTargetWords)),
    mentionIndex: mentionIndex(`${p.title} ${p.description}`),
    companyNames: p.source === "government" ? agencyNames(p.companyName) : companyNames(p.companyName),
  };
}

/**
 * Whether two programs serve the same people: the same category, or target groups in words that
 * mostly agree once place names are left out ("nelayan" and "nelayan Muara Badak"). What to show
 * as the reason: the category code, or the shared words.
 */
export function compareTargets(a: AnalyzedProgram, b: AnalyzedProgram): { same: boolean; shown: string | null } {
  if (a.targetGroup !== null && a.targetGroup !== "" && a.targetGroup === b.targetGroup) return { same: true, shown: a.targetGroup };
  const shared = sharedTargetWords(a.targetWords, b.targetWords, new Set([...a.placeWords, ...b.placeWords]));
  return shared ? { same: true, shown: shared.join(" ") } : { same: false, shown: null };
}

/** How the two programs' areas relate: the finest shared place and how much of each side is shared. */
export function compareAreas(a: readonly AreaRef[], b: readonly AreaRef[]) {
  let best: { outer: AreaRef; inner: AreaRef; depth: number } | null = null;
  let aShared = 0;
  for (const x of a) {
    let hit = false;
    for (const y of b) {
      if (!areasShareGround(x.code, y.code)) continue;
      hit = true;
      const [outer, inner] = isWithin(x.code, y.code) ? [y, x] : [x, y];
      const depth = inner.code.split(".").length * 10 + outer.code.split(".").length;
      if (!best || depth > best.depth) best = { outer, inner, depth };
    }
    if (hit) aShared++;
  }
  const bShared = b.filter((y) => a.some((x) => areasShareGround(x.code, y.code))).length;
  const match = a.length && b.length ? (aShared / a.length + bShared / b.length) / 2 : 0;
  const codesA = new Set(a.map((x) => x.code));
  const codesB = new Set(b.map((y) => y.code));
  const same = [...codesA].filter((c) => codesB.has(c)).length;
  const exact = same / new Set([...codesA, ...codesB]).size || 0;
  return { best, match, exact };
}

/** Overlap of two periods in days (inclusive), and relative to the shorter and the longer period. */
export function comparePeriods(a: { startDate: string; endDate: string }, b: { startDate: string; endDate: string }) {
  const [as, ae, bs, be] = [dayNumber(a.startDate), dayNumber(a.endDate), dayNumber(b.startDate), dayNumber(b.endDate)];
  const days = Math.min(ae, be) - Math.max(as, bs) + 1;
  const la = ae - as + 1;
  const lb = be - bs + 1;
  return {
    days: Math.max(0, days),
    ofShorter: Math.max(0, days) / Math.min(la, lb),
    ofLonger: Math.max(0, days) / Math.max(la, lb),
    startDelta: Math.abs(as - bs),
    from: as > bs ? a.startDate : b.startDate,
    to: ae < be ? a.endDate : b.endDate,
  };
}

const ratio = (x: number | null, y: number | null) =>
  x === null || y === null || x <= 0 || y <= 0 ? 0 : Math.min(x, y) / Math.max(x, y);

function vectors(p: AnalyzedProgram, exclude: ReadonlySet<string>): { title: Vector; all: Vector; titleText: string } {
  const title = termVector(p.titleTokens, exclude);
  const all = addVectors(termVector(p.titleTokens, exclude, 1.5), termVector(p.descTokens, exclude));
  const titleText = p.titleTokens
    .filter((t) => !exclude.has(t.term) && t.weight === 1)
    .map((t) => t.term)
    .join(" ");
  return { title, all, titleText };
}

/** Activity similarity of two programs' texts, 0–1, with place names of both left out. */
export function textSimilarity(a: AnalyzedProgram, b: AnalyzedProgram) {
  const exclude = new Set([...a.places, ...b.places]);
  const va = vectors(a, exclude);
  const vb = vectors(b, exclude);
  const all = cosine(va.all, vb.all);
  const title = cosine(va.title, vb.title);
  const tri = trigramDice(va.titleText, vb.titleText);
  const text = Math.max(all, 0.6 * all + 0.25 * title + 0.15 * tri);
  const surface = new Map<string, string>();
  for (const t of [...a.titleTokens, ...a.descTokens]) if (!surface.has(t.term)) surface.set(t.term, t.surface);
  // The words of each title that say what is done (not generic, not who, not a number or a place).
  const activity = (p: AnalyzedProgram) =>
    new Set(p.titleTokens.filter((t) => t.weight === 1 && !exclude.has(t.term) && !/^\d/.test(t.term)).map((t) => t.term));
  const [actA, actB] = [activity(a), activity(b)];
  const titlesDiffer = actA.size > 0 && actB.size > 0 && ![...actA].some((t) => actB.has(t));
  return { text, title, titlesDiffer, shared: sharedTerms(va.all, vb.all).map((term) => surface.get(term) ?? term) };
}

/**
 * Compares two programs. Null when they are not a match: another sector, no shared ground,
 * periods that do not overlap (a renewal), or activities that are not alike.
 */
export function comparePrograms(a: AnalyzedProgram, b: AnalyzedProgram): Match | null {
  if (a.id === b.id || a.sector !== b.sector) return null;
  const period = comparePeriods(a, b);
  if (period.days <= 0) return null;
  const areas = compareAreas(a.areas, b.areas);
  if (!areas.best) return null;

  const text = textSimilarity(a, b);
  const target = compareTargets(a, b);
  const sameTarget = target.same;
  const scaleRatio = Math.max(ratio(a.budgetIdr, b.budgetIdr), ratio(a.beneficiaries, b.beneficiaries));
  const features: PairFeatures = {
    textSim: text.text,
    titleSim: text.title,
    areaMatch: areas.match,
    overlapOfShorter: period.ofShorter,
    overlapOfLonger: period.ofLonger,
    startDeltaDays: period.startDelta,
    sameTarget,
    scaleRatio,
    // A government activity has no company: never "the same company" as anything.
    sameCompany: a.companyId !== null && a.companyId === b.companyId,
    partnerNamed: false,
  };

  const partnerNamed = !features.sameCompany && (mentions(a.mentionIndex, b.companyNames) || mentions(b.mentionIndex, a.companyNames));
  features.partnerNamed = partnerNamed;
  const samePeople =
    ratio(a.beneficiaries, b.beneficiaries) >= RULES.duplicateBeneficiaries || ratio(a.budgetIdr, b.budgetIdr) >= RULES.duplicateBudget;
  const samePlaces = areas.exact >= RULES.duplicateExactAreas || (areas.match >= 0.9 && text.text >= RULES.duplicateNestedText);
  const identical =
    a.startDate === b.startDate && a.endDate === b.endDate && areas.exact === 1 && a.beneficiaries !== null && a.beneficiaries === b.beneficiaries && sameTarget;

  // The facts: the same budget (to the rupiah, near enough) or the same number of people, in the same places.
  const sameBudget = ratio(a.budgetIdr, b.budgetIdr) >= RULES.factsBudget;
  const sameCount = a.beneficiaries !== null && a.beneficiaries > 0 && a.beneficiaries === b.beneficiaries;
  const factsAgree = areas.exact >= RULES.duplicateExactAreas && (sameBudget || sameCount);
  const strictTime = period.ofLonger >= RULES.duplicatePeriod && period.startDelta <= RULES.duplicateStartDays;
  const sameParty = features.sameCompany || partnerNamed;
  const relaxedTime =
    sameParty && factsAgree && period.ofLonger >= RULES.duplicatePeriodFacts && period.startDelta <= RULES.duplicateStartDaysFacts;
  const sameTime = strictTime || relaxedTime;
  const factsRoute =
    sameParty &&
    factsAgree &&
    !text.titlesDiffer &&
    sameTime &&
    text.text >= (sameBudget && sameCount ? RULES.factsTextBoth : RULES.factsTextOne);
  features.factsAgree = factsAgree && sameParty;

  const jointActivity = (partnerNamed || (identical && !text.titlesDiffer)) && text.text >= RULES.jointActivityText;
  const isOverlap =
    factsRoute || jointActivity || text.text >= RULES.overlapText || (sameTarget && text.text >= RULES.overlapTextSameTarget);
  if (!isOverlap) return null;
  const isDuplicate =
    factsRoute ||
    (sameTime &&
      samePeople &&
      samePlaces &&
      ((features.sameCompany && (!text.titlesDiffer || text.text >= RULES.overlapText)) ||
        jointActivity ||
        text.text >= RULES.duplicateOtherCompanyText));

  const activity = Math.min(1, text.text / 0.6);
  const score = Math.min(1, 0.5 * activity + 0.15 * areas.match + 0.15 * period.ofShorter + 0.1 * (sameTarget ? 1 : 0) + 0.1 * scaleRatio);

  const reasons: Reason[] = [];
  const { outer, inner } = areas.best;
  reasons.push(outer.code === inner.code ? { code: "same_area", area: inner } : { code: "area_contains", outer, inner });
  reasons.push({ code: "period_overlap", from: period.from, to: period.to });
  reasons.push({ code: "text_similar", percent: Math.round(text.text * 100) });
  if (text.shared.length) reasons.push({ code: "shared_terms", terms: text.shared });
  if (target.shown !== null) reasons.push({ code: "same_target", targetGroup: target.shown });
  if (scaleRatio >= 0.8) reasons.push({ code: "similar_scale" });
  if (features.sameCompany) reasons.push({ code: "same_company" });
  if (partnerNamed) reasons.push({ code: "partner_named" });

  return { kind: isDuplicate ? "duplicate" : "overlap", score: Math.round(score * 100) / 100, reasons, features };
}
