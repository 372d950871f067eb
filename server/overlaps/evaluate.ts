import { ancestorCodes } from "@/server/access/areas";
import { matchPrograms, type AnyMatch } from "./repeat";
import { analyzeProgram, comparePeriods, compareAreas, type AnalyzedProgram } from "./scoring";
import type { Thesaurus } from "./thesaurus";

// Accuracy of the detector on a labelled set (server/overlaps/eval/*.json). Pure: the caller
// supplies area names; nothing touches the database.

export type Label = "duplicate" | "overlap" | "repeat" | "none";
export type RelationLabel = "double_funding" | "complement";

/** The repeat window the sets are labelled for (the setting's default). */
export const EVAL_REPEAT_YEARS = 3;

export interface EvalProgram {
  id: string;
  /** The company; for a government activity, its agency. */
  company: string;
  /** "government" for a government activity (agency in `company`); CSR when absent. */
  source?: "csr" | "government";
  funding?: string;
  /** A CSR program's stated government activity (its id in the set). */
  supports?: string;
  ref?: string;
  title: string;
  description: string;
  sector: string;
  target_group: string;
  locations: string[];
  start_date: string;
  end_date: string;
  budget_idr: number;
  beneficiaries: number;
}

export interface EvalSet {
  name: string;
  programs: EvalProgram[];
  /** `relation` is given on a flagged pair of a CSR program and a government activity. */
  pairs: { a: string; b: string; label: Label; relation?: RelationLabel; kind?: string; note?: string }[];
}

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalReport {
  name: string;
  programs: number;
  labelled: number;
  byLabel: Record<Label, number>;
  detector: Confusion;
  /** Among pairs labelled and flagged: the kind right (duplicate, overlap, repeat). */
  kindAccuracy: { right: number; of: number };
  /** Among flagged CSR–government pairs labelled with a relation: the relation right. */
  relationAccuracy: { right: number; of: number };
  /** Flagged vs not on the CSR–government and on the repeat pairs alone. */
  governmentPairs: Confusion;
  repeatPairs: Confusion;
  /** Detector precision counting flags on unlabelled pairs (which the set declares "none") as false. */
  detectorAllPairs: { flagged: number; unlabelledFlagged: number; precision: number; unlabelled: { a: string; b: string; predicted: Label; text: number }[] };
  baseline: Confusion;
  /** rows: truth, columns: prediction. */
  matrix: Record<Label, Record<Label, number>>;
  errors: { a: string; b: string; label: Label; predicted: Label; relation?: string; predictedRelation?: string | null; kind?: string; score?: number; text?: number }[];
}

function confusion(pairs: { truth: boolean; predicted: boolean }[]): Confusion {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const p of pairs) {
    if (p.truth && p.predicted) tp++;
    else if (!p.truth && p.predicted) fp++;
    else if (p.truth && !p.predicted) fn++;
    else tn++;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, tn, precision, recall, f1 };
}

/** The rules-only baseline: same sector, shared ground, overlapping periods; no text. */
export function baselineFlags(a: AnalyzedProgram, b: AnalyzedProgram): boolean {
  return a.sector === b.sector && comparePeriods(a, b).days > 0 && compareAreas(a.areas, b.areas).best !== null;
}

export function toMatchingPrograms(set: EvalSet, areaNames: ReadonlyMap<string, string>, thesaurus: Thesaurus) {
  const byId = new Map<string, AnalyzedProgram>();
  for (const p of set.programs) {
    const codes = [...new Set(p.locations.flatMap((c) => [c, ...ancestorCodes(c)]))];
    byId.set(
      p.id,
      analyzeProgram(
        {
          id: p.id,
          companyId: p.source === "government" ? null : p.company,
          companyName: p.company,
          source: p.source ?? "csr",
          funding: p.funding ?? null,
          supportsActivityId: p.supports ?? null,
          title: p.title,
          description: p.description,
          sector: p.sector,
          targetGroup: p.target_group,
          startDate: p.start_date,
          endDate: p.end_date,
          budgetIdr: p.budget_idr,
          beneficiaries: p.beneficiaries,
          areas: p.locations.map((code) => ({ code, name: areaNames.get(code) ?? code })),
          placeNames: codes.map((c) => areaNames.get(c) ?? "").filter(Boolean),
        },
        thesaurus,
      ),
    );
  }
  return byId;
}

const predictedLabel = (m: AnyMatch | null): Label => m?.kind ?? "none";
const compare = (a: AnalyzedProgram, b: AnalyzedProgram) => matchPrograms(a, b, EVAL_REPEAT_YEARS);

/** Runs the detector and the baseline over every labelled pair, and the detector over all other pairs. */
export function evaluateSet(set: EvalSet, areaNames: ReadonlyMap<string, string>, thesaurus: Thesaurus): EvalReport {
  const programs = toMatchingPrograms(set, areaNames, thesaurus);
  const get = (id: string) => {
    const p = programs.get(id);
    if (!p) throw new Error(`${set.name}: pair refers to unknown program ${id}`);
    return p;
  };
  const labels: Label[] = ["duplicate", "overlap", "repeat", "none"];
  const matrix = Object.fromEntries(labels.map((l) => [l, Object.fromEntries(labels.map((m) => [m, 0]))])) as EvalReport["matrix"];
  const byLabel = { duplicate: 0, overlap: 0, repeat: 0, none: 0 };
  const det: { truth: boolean; predicted: boolean }[] = [];
  const gov: { truth: boolean; predicted: boolean }[] = [];
  const rep: { truth: boolean; predicted: boolean }[] = [];
  const kindAccuracy = { right: 0, of: 0 };
  const relationAccuracy = { right: 0, of: 0 };
  const base: { truth: boolean; predicted: boolean }[] = [];
  const errors: EvalReport["errors"] = [];
  const labelled = new Set<string>();
  for (const pair of set.pairs) {
    const a = get(pair.a);
    const b = get(pair.b);
    labelled.add([pair.a, pair.b].sort().join("|"));
    const m = compare(a, b);
    const predicted = predictedLabel(m);
    byLabel[pair.label]++;
    matrix[pair.label][predicted]++;
    const point = { truth: pair.label !== "none", predicted: predicted !== "none" };
    det.push(point);
    if ((a.source === "government") !== (b.source === "government")) gov.push(point);
    if (pair.label === "repeat" || (pair.label === "none" && comparePeriods(a, b).days <= 0)) rep.push(point);
    base.push({ truth: pair.label !== "none", predicted: baselineFlags(a, b) });
    if (pair.label !== "none" && predicted !== "none") {
      kindAccuracy.of++;
      if (predicted === pair.label) kindAccuracy.right++;
      if (pair.relation) {
        relationAccuracy.of++;
        if (m?.relation === pair.relation) relationAccuracy.right++;
      }
    }
    const relationWrong = pair.relation !== undefined && predicted !== "none" && m?.relation !== pair.relation;
    if (predicted !== pair.label || relationWrong) {
      errors.push({
        a: pair.a,
        b: pair.b,
        label: pair.label,
        predicted,
        relation: pair.relation,
        predictedRelation: m?.relation ?? null,
        kind: pair.kind,
        score: m?.score,
        text: m?.features.textSim,
      });
    }
  }
  const list = [...programs.values()];
  let flagged = 0;
  let unlabelledFlagged = 0;
  let trueFlagged = 0;
  const unlabelled: EvalReport["detectorAllPairs"]["unlabelled"] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i] as AnalyzedProgram;
      const b = list[j] as AnalyzedProgram;
      const m = compare(a, b);
      if (!m) continue;
      flagged++;
      const key = [a.id, b.id].sort().join("|");
      const truth = set.pairs.find((p) => [p.a, p.b].sort().join("|") === key)?.label;
      if (!labelled.has(key)) {
        unlabelledFlagged++;
        unlabelled.push({ a: a.id, b: b.id, predicted: m.kind, text: m.features.textSim });
      }
      else if (truth && truth !== "none") trueFlagged++;
    }
  }
  return {
    name: set.name,
    programs: set.programs.length,
    labelled: set.pairs.length,
    byLabel,
    detector: confusion(det),
    kindAccuracy,
    relationAccuracy,
    governmentPairs: confusion(gov),
    repeatPairs: confusion(rep),
    detectorAllPairs: { flagged, unlabelledFlagged, precision: flagged === 0 ? 1 : trueFlagged / flagged, unlabelled },
    baseline: confusion(base),
    matrix,
    errors,
  };
}
