// Dashboard aggregate queries at national scale (the overlaps benchmark's generator):
//   npm run bench:dashboard [-- --programs 100000] [-- --runs 60] [-- --only postgres|pglite] [-- --write docs/benchmarks/dashboard.md]
//   [-- --keep NAME]  PostgreSQL only: load into database NAME once and keep it, so a query change can be measured again in seconds
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { sql } from "drizzle-orm";
import { execute, openPglite, openPostgres, type DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { loadAreas, readAreaRows } from "@/db/seed/regions";
import type { StaffViewer } from "@/server/auth/viewer";
import { getByArea, getBySector, getByStatus, getByYear, getTotals } from "@/server/dashboard/dashboard.queries";
import type { DashboardFilters } from "@/server/dashboard/dashboard.schemas";
import { rescanAll } from "@/server/overlaps/overlaps.service";
import { ensureDefaultThesaurus } from "@/server/overlaps/thesaurus.service";
import { withDatabase } from "@/server/test/template";
import { generatePrograms } from "./bench/generate";
import { loadBenchData } from "./bench/load";

const { values: opts } = parseArgs({
  options: { programs: { type: "string", default: "100000" }, runs: { type: "string", default: "60" }, only: { type: "string" }, write: { type: "string" }, keep: { type: "string" } },
});
const N = Number(opts.programs);
const RUNS = Number(opts.runs);
const log = (...a: unknown[]) => console.error("[bench]", ...a);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;

const staff = (jurisdiction: string): StaffViewer => ({
  role: "reviewer",
  userId: "00000000-0000-4000-8000-0000000000fe",
  email: "bench@example.invalid",
  name: "Bench",
  companyId: null,
  jurisdiction,
});

const QUERIES = {
  totals: getTotals,
  bySector: getBySector,
  byStatus: getByStatus,
  byYear: getByYear,
  byArea: getByArea,
} as const;

const SCENARIOS: { label: string; viewer: StaffViewer; filters: DashboardFilters }[] = [
  { label: "national, no filter", viewer: staff("ID"), filters: {} },
  { label: "province 64, no filter", viewer: staff("64"), filters: {} },
  { label: "province 64, year 2025 + health", viewer: staff("64"), filters: { year: 2025, sector: "health" } },
  { label: "province 31, regency 31.74", viewer: staff("31"), filters: { area: "31.74" } },
];

async function open(kind: "postgres" | "pglite"): Promise<{ handle: DatabaseHandle; loaded: boolean; drop: () => Promise<void> }> {
  if (kind === "pglite") {
    const handle = await openPglite({ dataDir: null });
    return { handle, loaded: false, drop: async () => undefined };
  }
  const base = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const name = opts.keep ?? `sinergi_benchdash_${Date.now()}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1;
  if (!exists) await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const handle = await openPostgres(withDatabase(base, name), 4);
  if (opts.keep) {
    const loaded = exists && Number((await execute<{ n: string }>(handle.db, sql`SELECT count(*) AS n FROM programs`)).rows[0]?.n ?? 0) === N;
    if (exists && !loaded) throw new Error(`database ${name} exists but does not hold ${N} programs; drop it first`);
    return { handle, loaded, drop: async () => undefined };
  }
  return {
    handle,
    loaded: false,
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

async function run(kind: "postgres" | "pglite") {
  const { handle, loaded, drop } = await open(kind);
  const db = handle.db;
  const rows: string[] = [];
  try {
    await migrateDatabase(handle);
    if (!loaded) {
      await loadAreas(db);
      await ensureDefaultThesaurus(db);
      const villages = readAreaRows().filter((a) => a.level === 4);
      await loadBenchData(db, generatePrograms(villages, N, 7, 2000), 2000);
      const scan = await rescanAll(db);
      log(kind, `loaded ${N} programs, ${scan.flagged} flags`);
    }
    await execute(db, sql`ANALYZE`);
    for (const s of SCENARIOS) {
      for (const [name, q] of Object.entries(QUERIES)) {
        const times: number[] = [];
        await q(db, s.viewer, s.filters); // warm the plan cache
        for (let i = 0; i < RUNS; i++) {
          const t = performance.now();
          await q(db, s.viewer, s.filters);
          times.push(performance.now() - t);
        }
        rows.push(`| ${kind === "postgres" ? "PostgreSQL 15" : "PGlite"} | ${s.label} | ${name} | ${pct(times, 50).toFixed(1)} ms | ${pct(times, 95).toFixed(1)} ms |`);
        log(rows.at(-1));
      }
    }
  } finally {
    await handle.close();
    await drop();
  }
  return rows;
}

async function main() {
  const kinds = (opts.only ? [opts.only] : ["postgres", "pglite"]) as ("postgres" | "pglite")[];
  const rows: string[] = [];
  for (const k of kinds) rows.push(...(await run(k)));
  const lines = [
    `Dashboard aggregates, ${new Date().toISOString().slice(0, 10)}: ${N.toLocaleString("en")} programs (the overlaps benchmark's generator), ${RUNS} runs per query.`,
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}. \`totals\` includes the count of open overlap flags.`,
    "",
    "| database | view | query | p50 | p95 |",
    "| --- | --- | --- | ---: | ---: |",
    ...rows,
  ];
  console.log(lines.join("\n"));
  if (opts.write) {
    mkdirSync(path.dirname(opts.write), { recursive: true });
    writeFileSync(opts.write, `# Dashboard benchmark\n\nRun: \`npm run bench:dashboard\`\n\n${lines.join("\n")}\n`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
