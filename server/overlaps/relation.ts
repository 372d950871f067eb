import type { FlagRelation } from "@/lib/enums";
import type { Reason } from "@/lib/overlaps/reasons";
import { compareAreas, comparePeriods, textSimilarity, type AnalyzedProgram, type Match, type PairFeatures } from "./scoring";

// CSR programs against government activities (docs/overlaps.md, "CSR and government"). Pure
// functions. The kind (duplicate, overlap, repeat) says how strongly two activities coincide, as
// between two CSR programs; the relation says what that means when one side is the government's:
// the same units paid twice (double_funding), or CSR adding to the government program (complement).

export const isGovernment = (p: { source?: "csr" | "government" }) => p.source === "government";

/**
 * Words by which a CSR text says it supports or adds to another program, not that it does the same
 * thing: "mendukung program", "pendampingan", "melengkapi", "sinergi dengan", "menindaklanjuti".
 * Stems and common misspellings; English too.
 */
const SUPPORT_WORDS = new Set([
  "mendukung",
  "dukung",
  "dukungan",
  "mendukug",
  "menunjang",
  "penunjang",
  "pendampingan",
  "pendampinga",
  "mendampingi",
  "dampingi",
  "melengkapi",
  "pelengkap",
  "komplemen",
  "sinergi",
  "bersinergi",
  "sinergis",
  "sinkron",
  "menindaklanjuti",
  "tindaklanjut",
  "menyelaraskan",
  "selaras",
  "sejalan",
  "support",
  "supporting",
  "supports",
  "complement",
  "complementing",
  "complements",
  "complementary",
  "alongside",
  "assist",
  "assisting",
  "mentoring",
]);
/** Two-word cues: "tindak lanjut", "kerja sama dengan", "bekerja sama", "in support of". */
const SUPPORT_PAIRS = [
  ["tindak", "lanjut"],
  ["kerja", "sama"],
  ["bekerja", "sama"],
  ["kerjasama", "dengan"],
  ["bekerjasama", "dengan"],
  ["kolaborasi", "dengan"],
  ["berkolaborasi", "dengan"],
  ["in", "support"],
  ["follow", "up"],
];
/** Words that name the government's side in general: "program pemerintah", "Dana Desa", "APBD". */
const GOVERNMENT_WORDS = new Set([
  "pemerintah",
  "pemda",
  "pemkab",
  "pemkot",
  "pemprov",
  "dinas",
  "apbd",
  "apbn",
  "apbdes",
  "government",
  "kementerian",
  "kemensos",
  "dinsos",
  "bappeda",
]);
const GOVERNMENT_PAIRS = [
  ["dana", "desa"],
  ["dana", "kelurahan"],
];

/** The government program's own short names in capitals ("RTLH", "PKH", "BPNT", "PIP", "SPAM", "PMT"), lower-cased. */
function programAcronyms(gov: AnalyzedProgram): Set<string> {
  const skip = new Set(["APBD", "APBN", "APBDES", "DAN", "THE"]);
  return new Set([...gov.mentionIndex.capitals].filter((c) => !skip.has(c) && c.length <= 6).map((c) => c.toLowerCase()));
}

/** How far after a support cue the government side must be named ("mendukung program RTLH Dinas PUPR"). */
const CUE_WINDOW = 6;

/**
 * Whether the CSR text says it supports the government activity: a support cue followed closely by
 * the agency, the government in general ("Dinas", "pemerintah", "Dana Desa", "APBD"), or "program"
 * with the activity's short name ("program RTLH"). A cue on the activity itself ("Dukungan PMT
 * lokal") is not a claim to support the government's program. The explicit link
 * (supports_activity_id) counts as such a statement.
 */
export function statesSupport(csr: AnalyzedProgram, gov: AnalyzedProgram): boolean {
  if (csr.supportsActivityId && csr.supportsActivityId === gov.id) return true;
  const words = csr.mentionIndex.words;
  const acronyms = programAcronyms(gov);
  const agency = gov.companyNames;
  const agencyAcronym = agency.acronym?.toLowerCase() ?? null;
  const namesGovernment = (from: number) => {
    const w = words.slice(from, from + CUE_WINDOW);
    for (let i = 0; i < w.length; i++) {
      const x = w[i] as string;
      if (GOVERNMENT_WORDS.has(x) || x === agencyAcronym) return true;
      if (x === "program" && i + 1 < w.length && acronyms.has(w[i + 1] as string)) return true;
      if (i + 1 < w.length && GOVERNMENT_PAIRS.some(([a, b]) => a === x && b === w[i + 1] && a !== "program")) return true;
      if (agency.words.length > 0 && agency.words.every((aw, j) => w[i + j] === aw)) return true;
    }
    return false;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (SUPPORT_WORDS.has(w) && namesGovernment(i + 1)) return true;
    if (i + 1 < words.length && SUPPORT_PAIRS.some(([a, b]) => a === w && b === words[i + 1]) && namesGovernment(i + 2)) return true;
  }
  return false;
}

const ratio = (x: number | null, y: number | null) => (x === null || y === null || x <= 0 || y <= 0 ? 0 : Math.min(x, y) / Math.max(x, y));

/**
 * Whether the two sides pay for the same units: the same money recorded by both (budget within
 * 1%), or a duplicate-strength match over the same number of houses, children or households.
 */
export function sameUnits(csr: AnalyzedProgram, gov: AnalyzedProgram, kind: Match["kind"] | "repeat"): boolean {
  if (ratio(csr.budgetIdr, gov.budgetIdr) >= 0.99) return true;
  return kind === "duplicate" && csr.beneficiaries !== null && csr.beneficiaries > 0 && csr.beneficiaries === gov.beneficiaries;
}

/** The relation of a match: null between two CSR programs; complement or double funding when one side is the government's. */
export function relationOf(a: AnalyzedProgram, b: AnalyzedProgram, kind: Match["kind"] | "repeat"): FlagRelation | null {
  const ga = isGovernment(a);
  const gb = isGovernment(b);
  if (ga === gb) return null;
  const [csr, gov] = ga ? [b, a] : [a, b];
  return statesSupport(csr, gov) && !sameUnits(csr, gov, kind) ? "complement" : "double_funding";
}

/**
 * A CSR program that names a government activity (supports_activity_id) is paired with it when
 * they share ground and their periods overlap or lie within `years`, even with other words or in
 * another sector: what a reviewer sees as alignment. Null when the link is absent or they are apart.
 */
export function linkedMatch(
  a: AnalyzedProgram,
  b: AnalyzedProgram,
  years: number,
): (Omit<Match, "kind"> & { kind: "overlap" | "repeat" }) | null {
  const linked = (a.supportsActivityId && a.supportsActivityId === b.id) || (b.supportsActivityId && b.supportsActivityId === a.id);
  if (!linked) return null;
  const areas = compareAreas(a.areas, b.areas);
  if (!areas.best) return null;
  const period = comparePeriods(a, b);
  const [earlier, later] = a.startDate <= b.startDate ? [a, b] : [b, a];
  const gapYears = (Date.parse(later.startDate) - Date.parse(earlier.endDate)) / (365.25 * 86_400_000);
  if (period.days <= 0 && gapYears > years) return null;
  const text = textSimilarity(a, b);
  const features: PairFeatures = {
    textSim: text.text,
    titleSim: text.title,
    areaMatch: areas.match,
    overlapOfShorter: period.ofShorter,
    overlapOfLonger: period.ofLonger,
    startDeltaDays: period.startDelta,
    sameTarget: false,
    scaleRatio: 0,
    sameCompany: false,
    partnerNamed: true,
  };
  const reasons: Reason[] = [];
  const { outer, inner } = areas.best;
  reasons.push(outer.code === inner.code ? { code: "same_area", area: inner } : { code: "area_contains", outer, inner });
  if (period.days > 0) reasons.push({ code: "period_overlap", from: period.from, to: period.to });
  else
    reasons.push({
      code: "years_apart",
      earlier: { from: earlier.startDate, to: earlier.endDate },
      later: { from: later.startDate, to: later.endDate },
      gapDays: Math.max(0, Math.round(gapYears * 365.25) - 1),
    });
  reasons.push({ code: "text_similar", percent: Math.round(text.text * 100) });
  const score = Math.round(Math.min(1, 0.3 + 0.3 * Math.min(1, text.text / 0.6) + 0.2 * areas.match + 0.2 * period.ofShorter) * 100) / 100;
  return { kind: period.days > 0 ? "overlap" : "repeat", score, reasons, features };
}
