import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readAreaRows } from "@/db/seed/regions";
import { evaluateSet, type EvalSet } from "./evaluate";
import { Thesaurus } from "./thesaurus";
import { DEFAULT_THESAURUS } from "./thesaurus.defaults";

// A guard, not a tuning loop: a change to normalisation or scoring that loses accuracy on the
// labelled sets fails here. The figures themselves are reported by `npm run eval:overlaps`.
const names = new Map(readAreaRows().map((r) => [r.code, r.name]));
const thesaurus = new Thesaurus(DEFAULT_THESAURUS);
const load = (file: string) => JSON.parse(readFileSync(path.join(__dirname, "eval", file), "utf8")) as EvalSet;

describe("accuracy on the labelled sets", () => {
  it.each([
    ["dev-set.json", 0.95, 0.95],
    ["holdout-set.json", 0.95, 0.95],
    // Never the reported final sets (final, final2, final3, final4): a guard on them would turn them into tuning sets.
  ])("%s: precision and recall of flagged pairs stay above the floor", (file, minPrecision, minRecall) => {
    const r = evaluateSet(load(file), names, thesaurus);
    expect(r.detector.precision).toBeGreaterThanOrEqual(minPrecision);
    expect(r.detector.recall).toBeGreaterThanOrEqual(minRecall);
    expect(r.detectorAllPairs.precision).toBeGreaterThanOrEqual(minPrecision);
    expect(r.detector.f1).toBeGreaterThan(r.baseline.f1);
    // Issue 10: the kind (duplicate, overlap, repeat) of flagged pairs, and double funding vs complement beside a government activity.
    expect(r.kindAccuracy.of).toBeGreaterThan(0);
    expect(r.kindAccuracy.right / r.kindAccuracy.of).toBeGreaterThanOrEqual(0.9);
    expect(r.relationAccuracy.of).toBeGreaterThan(0);
    expect(r.relationAccuracy.right / r.relationAccuracy.of).toBeGreaterThanOrEqual(0.75);
    expect(r.governmentPairs.tp + r.governmentPairs.fn).toBeGreaterThan(0);
    expect(r.repeatPairs.tp + r.repeatPairs.fn).toBeGreaterThan(0);
  });
});
