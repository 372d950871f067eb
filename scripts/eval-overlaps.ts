// Precision, recall and F1 of the overlap detector on the labelled sets, against a rules-only baseline.
//   npm run eval:overlaps [-- --verbose] [-- path/to/set.json ...]
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { readAreaRows } from "@/db/seed/regions";
import { evaluateSet, type EvalReport, type EvalSet } from "@/server/overlaps/evaluate";
import { Thesaurus } from "@/server/overlaps/thesaurus";
import { DEFAULT_THESAURUS } from "@/server/overlaps/thesaurus.defaults";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const files = args.filter((a) => !a.startsWith("--"));
const dir = path.join(process.cwd(), "server", "overlaps", "eval");
const sets = (
  files.length
    ? files
    : readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .map((f) => path.join(dir, f))
).sort();

const areaNames = new Map(readAreaRows().map((r) => [r.code, r.name]));
const thesaurus = new Thesaurus(DEFAULT_THESAURUS);
const f = (n: number) => n.toFixed(3);

function print(r: EvalReport) {
  console.log(
    `\n## ${r.name}: ${r.programs} programs, ${r.labelled} labelled pairs (duplicate ${r.byLabel.duplicate}, overlap ${r.byLabel.overlap}, repeat ${r.byLabel.repeat}, none ${r.byLabel.none})\n`,
  );
  console.log("| method | precision | recall | F1 | TP | FP | FN | TN |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const [name, c] of [
    ["detector", r.detector],
    ["detector, CSR–government pairs only", r.governmentPairs],
    ["detector, pairs in other years only (repeat or none)", r.repeatPairs],
    ["rules-only baseline (area + sector + period)", r.baseline],
  ] as const) {
    console.log(`| ${name} | ${f(c.precision)} | ${f(c.recall)} | ${f(c.f1)} | ${c.tp} | ${c.fp} | ${c.fn} | ${c.tn} |`);
  }
  console.log(
    `\nAll ${(r.programs * (r.programs - 1)) / 2} pairs: the detector flags ${r.detectorAllPairs.flagged}, of which ${r.detectorAllPairs.unlabelledFlagged} are unlabelled (counted as false): precision ${f(r.detectorAllPairs.precision)}.`,
  );
  const acc = (x: { right: number; of: number }) => (x.of === 0 ? "–" : `${f(x.right / x.of)} (${x.right}/${x.of})`);
  console.log(`\nKind accuracy on labelled pairs flagged: ${acc(r.kindAccuracy)}; relation accuracy (double funding vs complement): ${acc(r.relationAccuracy)}.`);
  console.log("\nConfusion (rows: truth, columns: detector)\n");
  console.log("| truth \\ detector | duplicate | overlap | repeat | none |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  for (const t of ["duplicate", "overlap", "repeat", "none"] as const) {
    console.log(`| ${t} | ${r.matrix[t].duplicate} | ${r.matrix[t].overlap} | ${r.matrix[t].repeat} | ${r.matrix[t].none} |`);
  }
  if (verbose && r.errors.length) {
    console.log("\nDisagreements:");
    for (const e of r.errors)
      console.log(
        `  ${e.a}–${e.b} truth ${e.label}${e.relation ? "/" + e.relation : ""} got ${e.predicted}${e.predictedRelation ? "/" + e.predictedRelation : ""} [${e.kind ?? ""}] score ${e.score ?? "-"} text ${e.text?.toFixed(2) ?? "-"}`,
      );
  }
  if (verbose && r.detectorAllPairs.unlabelled.length) {
    console.log("\nFlagged but unlabelled (counted as false):");
    for (const u of r.detectorAllPairs.unlabelled) console.log(`  ${u.a}–${u.b} got ${u.predicted} text ${u.text.toFixed(2)}`);
  }
}

console.log("# Overlap detector accuracy");
for (const file of sets) {
  const set = JSON.parse(readFileSync(file, "utf8")) as EvalSet;
  print(evaluateSet(set, areaNames, thesaurus));
}
