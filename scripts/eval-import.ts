// How the import does on company spreadsheets it was not tuned on, through the real command line
// (`csr import FILE --dry-run --json`), against the answer key written with each file.
//   npm run eval:import -- [--set dev|report] [--verbose]
// The dev set (seeds 11, 12) is for looking at while building; the reported set (seeds 29, 30) is
// measured once and its table goes in the closing note and docs/import-eval.md.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { readAreaRows } from "@/db/seed/regions";
import { generateCompanyFile, type CompanyFile, type ExpectedRow } from "./eval-import/company-files";

const args = process.argv.slice(2);
const set = args.includes("--set") ? args[args.indexOf("--set") + 1] : "dev";
const verbose = args.includes("--verbose");
const SEEDS = set === "report" ? [29, 30] : [11, 12];

interface ReportRow {
  row: number;
  ref: string;
  status: "ok" | "warning" | "error";
  areas: string[];
  target_category: string | null;
  messages: { field: string | null; text: string; candidates?: { code: string; name: string }[] }[];
}

async function writeXlsx(file: CompanyFile, to: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Program CSR");
  for (const r of file.rows) ws.addRow(r.map((c) => c ?? undefined));
  await wb.xlsx.writeFile(to);
}

function writeCsv(file: CompanyFile, to: string) {
  const cell = (c: string | number | null) => {
    const s = c === null ? "" : String(c);
    return /[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  // Excel in an Indonesian locale writes `;` between cells.
  writeFileSync(to, "\uFEFF" + file.rows.map((r) => r.map(cell).join(";")).join("\r\n") + "\r\n");
}

/** The command line names the company in a column: the operator imports for many companies. */
function withCompany(file: CompanyFile): CompanyFile {
  const headerAt = file.rows.findIndex((r) => r.length > 3);
  return {
    ...file,
    rows: file.rows.map((r, i) => (i < headerAt ? r : i === headerAt ? [...r, "Perusahaan"] : r.length ? [...r, file.name] : r)),
  };
}

interface Tally {
  rows: number;
  untouched: number;
  places: number;
  right: number;
  asked: number;
  wrong: number;
  missed: number;
  targets: number;
  targetRight: number;
  targetNone: number;
  targetWrong: number;
}

function score(expected: ExpectedRow[], report: ReportRow[], tally: Tally, label: string) {
  const byRow = new Map(report.map((r) => [r.row, r]));
  for (const e of expected) {
    tally.rows++;
    const got = byRow.get(e.row);
    if (!got) {
      console.log(`  ${label} row ${e.row}: missing from the report`);
      continue;
    }
    const asks = got.messages.filter((m) => m.candidates?.length);
    if (got.status !== "error" && asks.length === 0) tally.untouched++;
    // Places: each expected area is resolved right, asked (among the candidates, or the row stops
    // for a person), or silently wrong (a code the answer key does not hold, with no question).
    const extra = got.areas.filter((c) => !e.areas.includes(c));
    for (const code of e.areas) {
      tally.places++;
      if (got.areas.includes(code)) tally.right++;
      else if (asks.some((m) => m.candidates?.some((c) => c.code === code))) tally.asked++;
      else if (got.messages.some((m) => m.field === "locations")) tally.asked++;
      else tally.missed++;
    }
    if (extra.length) {
      tally.wrong += extra.length;
      if (verbose) console.log(`  ${label} row ${e.row}: WRONG ${extra.join(", ")} (expected ${e.areas.join(", ")})`);
    } else if (verbose && !e.areas.every((c) => got.areas.includes(c))) {
      console.log(`  ${label} row ${e.row}: asked/missed; expected ${e.areas.join(", ")}; ${got.messages.map((m) => m.text).join(" | ")}`);
    }
    if (e.targetGroup !== null) {
      tally.targets++;
      if (got.target_category === e.targetGroup) tally.targetRight++;
      else if (got.target_category === null) tally.targetNone++;
      else {
        tally.targetWrong++;
        if (verbose) console.log(`  ${label} row ${e.row}: target ${got.target_category}, expected ${e.targetGroup}`);
      }
    }
  }
}

async function main() {
  const areas = readAreaRows();
  const dir = mkdtempSync(path.join(tmpdir(), "eval-import-"));
  // Always a fresh embedded database: the answer key assumes no programs registered before.
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: path.join(dir, "pglite") };
  delete env.DATABASE_URL;
  const tally: Tally = { rows: 0, untouched: 0, places: 0, right: 0, asked: 0, wrong: 0, missed: 0, targets: 0, targetRight: 0, targetNone: 0, targetWrong: 0 };
  const times: string[] = [];
  try {
    const files = [
      { file: generateCompanyFile(areas, { seed: SEEDS[0]!, count: 70, style: "one-column", name: "PT Eval Satu Energi" }), kind: "xlsx" },
      { file: generateCompanyFile(areas, { seed: SEEDS[1]!, count: 50, style: "split-columns", name: "PT Eval Dua Sawit" }), kind: "csv" },
    ] as const;
    for (const { file, kind } of files) {
      const to = path.join(dir, `${file.name.replace(/\W+/g, "-")}.${kind}`);
      const withCo = withCompany(file);
      if (kind === "xlsx") await writeXlsx(withCo, to);
      else writeCsv(withCo, to);
      const started = Date.now();
      const run = spawnSync(
        path.join("node_modules", ".bin", "tsx"),
        ["--conditions=react-server", "scripts/csr.ts", "import", to, "--dry-run", "--json"],
        { env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
      );
      times.push(`${path.basename(to)}: ${file.expected.length} rows, dry run ${((Date.now() - started) / 1000).toFixed(1)} s (exit ${run.status})`);
      let report: { rows: ReportRow[] };
      try {
        report = JSON.parse(run.stdout) as { rows: ReportRow[] };
      } catch {
        console.error(run.stderr.slice(-3000));
        throw new Error(`${path.basename(to)}: the command printed no JSON report`);
      }
      score(file.expected, report.rows, tally, path.basename(to));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : "–");
  console.log(`\n## Import on company files, ${set} set (seeds ${SEEDS.join(", ")})\n`);
  console.log("| measure | count | share |");
  console.log("| --- | ---: | ---: |");
  console.log(`| rows | ${tally.rows} | |`);
  console.log(`| rows that go in without a touch | ${tally.untouched} | ${pct(tally.untouched, tally.rows)} |`);
  console.log(`| places expected | ${tally.places} | |`);
  console.log(`| places resolved right | ${tally.right} | ${pct(tally.right, tally.places)} |`);
  console.log(`| places asked (the person decides) | ${tally.asked} | ${pct(tally.asked, tally.places)} |`);
  console.log(`| places missed without a question | ${tally.missed} | ${pct(tally.missed, tally.places)} |`);
  console.log(`| codes resolved silently wrong | ${tally.wrong} | |`);
  console.log(`| target groups with an expected category | ${tally.targets} | |`);
  console.log(`| category inferred right | ${tally.targetRight} | ${pct(tally.targetRight, tally.targets)} |`);
  console.log(`| no category (a warning; the person picks) | ${tally.targetNone} | ${pct(tally.targetNone, tally.targets)} |`);
  console.log(`| category inferred wrong | ${tally.targetWrong} | ${pct(tally.targetWrong, tally.targets)} |`);
  console.log("");
  for (const t of times) console.log(`- ${t}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
