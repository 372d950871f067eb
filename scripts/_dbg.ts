import { readFileSync } from "node:fs";
import { readAreaRows } from "@/db/seed/regions";
import { toMatchingPrograms, type EvalSet } from "@/server/overlaps/evaluate";
import { textSimilarity, comparePeriods, compareAreas } from "@/server/overlaps/scoring";
import { Thesaurus } from "@/server/overlaps/thesaurus";
import { DEFAULT_THESAURUS } from "@/server/overlaps/thesaurus.defaults";
const [file, ...ids] = process.argv.slice(2);
const set = JSON.parse(readFileSync(file!, "utf8")) as EvalSet;
const names = new Map(readAreaRows().map((r) => [r.code, r.name]));
const progs = toMatchingPrograms(set, names, new Thesaurus(DEFAULT_THESAURUS));
const pairs = ids.length ? ids.map((s) => s.split("-")) : set.pairs.map((p) => [p.a, p.b]);
for (const [x, y] of pairs) {
  const a = progs.get(x!)!, b = progs.get(y!)!;
  const t = textSimilarity(a, b); const per = comparePeriods(a, b); const ar = compareAreas(a.areas, b.areas);
  const lab = set.pairs.find((p) => (p.a === x && p.b === y) || (p.a === y && p.b === x))?.label ?? "-";
  console.log(`${x}-${y} ${lab} text ${t.text.toFixed(2)} co ${a.companyId === b.companyId ? 1 : 0} exact ${ar.exact.toFixed(2)} per ${per.ofLonger.toFixed(2)} d${per.startDelta} bud ${a.budgetIdr === b.budgetIdr ? "=" : "≠"} ben ${a.beneficiaries === b.beneficiaries ? "=" : "≠"} [${t.shared.join(",")}]`);
}
