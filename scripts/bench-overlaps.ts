// Overlap detection at national scale, on PostgreSQL and PGlite:
//   npm run bench:overlaps [-- --programs 100000] [-- --government 100000] [-- --checks 300] [-- --only postgres|pglite] [-- --write docs/benchmarks/overlaps.md]
//   [-- --probe-seed 99] (the live checks' probes; 99 is the reported set, tune on another)
//   [-- --years 10] (start dates over 2017–2026; default 3: 2024–2026) [-- --naive 3] (naive checks; 0: none)
// The generated data are kept as compact columns and streamed into the database in batches, so a
// 1,000,000-activity run fits a 1 GiB heap (NODE_OPTIONS=--max-old-space-size=1024).
// PostgreSQL: BENCH_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres (a fresh database is created and dropped).
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { openPglite, openPostgres, type DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { loadAreas, readAreaRows } from "@/db/seed/regions";
import type { OfficerViewer } from "@/server/auth/viewer";
import { loadMatchingPrograms } from "@/server/overlaps/overlaps.queries";
import { checkProgram, liveCheck, rescanAll } from "@/server/overlaps/overlaps.service";
import { analyzeProgram, comparePrograms } from "@/server/overlaps/scoring";
import { ensureDefaultThesaurus, loadThesaurus } from "@/server/overlaps/thesaurus.service";
import { withDatabase } from "@/server/test/template";
import { concatSets, generateProgramSet, probePrograms, type BenchProgram, type ProgramSet } from "./bench/generate";
import { machineBusySeconds } from "./bench/http-cpu";
import { asGovernment, loadBenchData, loadBenchGovernment } from "./bench/load";

const { values: opts } = parseArgs({
  options: {
    programs: { type: "string", default: "100000" },
    /** Government activities beside the CSR programs (issue 10: 100,000 + 100,000). */
    government: { type: "string", default: "100000" },
    checks: { type: "string", default: "300" },
    /** The seed the live checks' probes are drawn with (99: the reported set; tune on another). */
    "probe-seed": { type: "string", default: "99" },
    /** Start dates spread over this many years, ending with 2026 (default 3: 2024–2026, as the earlier tables). */
    years: { type: "string", default: "3" },
    /** Naive checks (every program read and compared, streamed in batches); 0 for none. */
    naive: { type: "string", default: "3" },
    /** Use this existing PostgreSQL database as it is (no migration, no load; kept afterwards): for repeated runs on one large data set. */
    reuse: { type: "string" },
    /** Only live checks and checks on submit (no rescan, no naive check). */
    "live-only": { type: "boolean", default: false },
    /** Stop the rescan after this many batches (for profiles: NODE_OPTIONS=--cpu-prof). */
    "stop-after": { type: "string" },
    /** Only create and load the database (with --keep: to reuse it). */
    "load-only": { type: "boolean", default: false },
    only: { type: "string" },
    /** Program areas per rescan chunk (rescanAll's chunkSize). */
    chunk: { type: "string" },
    /** rescanAll's batchPairs and batchPrograms (the bounds of one batch of a chunk). */
    "batch-pairs": { type: "string" },
    "batch-programs": { type: "string" },
    /** Only load and rescan (no live checks, checks on submit or naive check): for heap runs. */
    "rescan-only": { type: "boolean", default: false },
    /** Keep the PostgreSQL database afterwards (its name is logged; drop it yourself). */
    keep: { type: "boolean", default: false },
    write: { type: "string" },
  },
});
const N = Number(opts.programs);
const GOV = Number(opts.government);
const CHECKS = Number(opts.checks);
const YEARS = Number(opts.years);
const NAIVE = Number(opts.naive);
const COMPANIES = 2000;
const log = (...a: unknown[]) => console.error("[bench]", ...a);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await fn();
  return [r, performance.now() - t];
}

interface Row {
  db: string;
  load: number;
  /** Live checks whose candidates held a government activity. */
  liveWithGovernment: number;
  liveP50: number;
  liveP95: number;
  liveMax: number;
  submitP50: number;
  submitP95: number;
  rescan: number;
  pairs: number;
  flags: number;
  naive: number;
}

const mib = (x: number) => Math.round(x / 2 ** 20);
const memory = () => {
  const m = process.memoryUsage();
  return `RSS ${mib(m.rss)} MiB, heap used ${mib(m.heapUsed)} MiB, external ${mib(m.external)} MiB, array buffers ${mib(m.arrayBuffers)} MiB`;
};

async function run(kind: "postgres" | "pglite", programs: ProgramSet, government: ProgramSet, probes: BenchProgram[]): Promise<Row> {
  let handle: DatabaseHandle;
  let drop: (() => Promise<void>) | null = null;
  if (kind === "postgres") {
    const base = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
    const name = opts.reuse ?? `sinergi_bench_${Date.now()}`;
    if (!opts.reuse) {
      const admin = new pg.Client({ connectionString: base });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
    }
    handle = await openPostgres(withDatabase(base, name), 4);
    if (opts.keep || opts.reuse) log("keeping database", name);
    drop = async () => {
      if (opts.keep || opts.reuse) return;
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    };
  } else {
    handle = await openPglite({ dataDir: null });
  }
  const db = handle.db;
  try {
    let load = 0;
    let loadGov = 0;
    if (!opts.reuse) {
      await migrateDatabase(handle);
      await loadAreas(db);
      await ensureDefaultThesaurus(db);
      [, load] = await timed(() => loadBenchData(db, programs, COMPANIES, (d) => d % 100000 === 0 && log(kind, "loaded", d, memory())));
      [, loadGov] = await timed(() => loadBenchGovernment(db, government, (d) => d % 100000 === 0 && log(kind, "loaded government", d)));
      log(kind, `loaded ${programs.length} programs in ${ms(load)} ms and ${government.length} government activities in ${ms(loadGov)} ms`);
    }
    await loadThesaurus(db);
    if (opts["load-only"]) throw new LoadOnly();

    const viewer: OfficerViewer = {
      role: "officer",
      userId: "00000000-0000-4000-8000-0000000000ff",
      email: "bench@example.invalid",
      name: "Bench",
      companyId: "00000000-0000-4000-9000-000000000001",
      jurisdiction: null,
    };
    const live: number[] = [];
    const rescanOnly = opts["rescan-only"];
    let liveWithGovernment = 0;
    for (const p of rescanOnly ? [] : probes.slice(0, CHECKS)) {
      const input = { ...p, areaCodes: p.areas, plannedBeneficiaries: p.beneficiaries, excludeId: undefined };
      const [found, t] = await timed(() => liveCheck(db, viewer, input));
      if (found.some((m) => m.source === "government")) liveWithGovernment++;
      live.push(t);
    }
    log(kind, `live check p50 ${ms(pct(live, 50))} ms, p95 ${ms(pct(live, 95))} ms`);

    const submit: number[] = [];
    for (let i = 0; i < (rescanOnly ? 0 : Math.min(200, CHECKS)); i++) {
      const id = programs.at((i * 7919) % programs.length)?.id ?? "";
      const [, t] = await timed(() => checkProgram(db, id));
      submit.push(t);
    }
    log(kind, `check on submit p50 ${ms(pct(submit, 50))} ms`);

    if (opts["live-only"]) throw new LoadOnly(`live check p50 ${ms(pct(live, 50))} ms, p95 ${ms(pct(live, 95))} ms, max ${ms(Math.max(...live))} ms`);
    // Peak memory of this process during the rescan, sampled.
    const peak = { rss: 0, heap: 0 };
    const sample = () => {
      const m = process.memoryUsage();
      peak.rss = Math.max(peak.rss, m.rss);
      peak.heap = Math.max(peak.heap, m.heapUsed);
    };
    global.gc?.();
    const before = process.memoryUsage();
    log(
      kind,
      `before the rescan: RSS ${Math.round(before.rss / 2 ** 20)} MiB, heap used ${Math.round(before.heapUsed / 2 ** 20)} MiB (the generated bench data)`,
    );
    const sampler = setInterval(sample, 200);
    const cpuBefore = { own: process.cpuUsage(), machine: machineBusySeconds() };
    let chunks = 0;
    let lastChunk = performance.now();
    const [scan, rescan] = await timed(() =>
      rescanAll(
        db,
        (p) => {
          if (p.phase === "compare") {
            chunks++;
            const now = performance.now();
            // Each chunk: its size, its time and the process's memory after it (what grows with the chunks done?).
            log(
              kind,
              `rescan chunk ${chunks}: ${p.done} programs done, ${p.chunk?.firsts} firsts, ${p.chunk?.pairs} pairs, ${p.chunk?.flagged} flags, ${p.chunk?.held} programs held, cache ${p.chunk?.cached}, ${ms(now - lastChunk)} ms (so far ${JSON.stringify(p.chunk?.timings)}); ${memory()}`,
            );
            lastChunk = now;
            if (opts["stop-after"] && chunks >= Number(opts["stop-after"])) throw new Error(`stopped after ${chunks} batches (--stop-after)`);
          } else log(kind, "rescan", p.phase);
        },
        {
          ...(opts.chunk ? { chunkSize: Number(opts.chunk) } : {}),
          ...(opts["batch-pairs"] ? { batchPairs: Number(opts["batch-pairs"]) } : {}),
          ...(opts["batch-programs"] ? { batchPrograms: Number(opts["batch-programs"]) } : {}),
        },
      ),
    );
    clearInterval(sampler);
    sample();
    log(
      kind,
      `rescan ${ms(rescan)} ms in ${chunks} chunks: ${scan.candidatePairs} candidate pairs, ${scan.flagged} flags; peak RSS ${Math.round(peak.rss / 2 ** 20)} MiB, heap used ${Math.round(peak.heap / 2 ** 20)} MiB`,
    );
    log(kind, "rescan time by step (ms):", JSON.stringify(scan.timings));
    {
      const own = process.cpuUsage(cpuBefore.own);
      const ownS = (own.user + own.system) / 1e6;
      const machineS = machineBusySeconds() - cpuBefore.machine;
      // On a quiet machine the rest is mostly the PostgreSQL backends serving the rescan.
      log(
        kind,
        `rescan CPU: this process ${ownS.toFixed(1)} s, the whole machine ${machineS.toFixed(1)} s (the rest ${(machineS - ownS).toFixed(1)} s) over ${(rescan / 1000).toFixed(1)} s on ${os.cpus().length} CPUs; load average ${os.loadavg()[0]?.toFixed(2)}`,
      );
    }

    // The naive check: read every program and compare the new one with each.
    const th = await loadThesaurus(db);
    const naiveRuns: number[] = [];
    for (const p of rescanOnly ? [] : probes.slice(0, NAIVE)) {
      const [, t] = await timed(async () => {
        const probe = analyzeProgram(
          { ...p, companyName: "", placeNames: [], areas: p.areas.map((code) => ({ code, name: code })), companyId: "probe" },
          th,
        );
        // Every program read and compared, in batches (a million would not fit the heap at once).
        let hits = 0;
        for (let i = 0; i < programs.length; i += 5000) {
          const ids = Array.from({ length: Math.min(5000, programs.length - i) }, (_, k) => programs.at(i + k)?.id ?? "");
          for (const other of (await loadMatchingPrograms(db, ids)).values()) if (comparePrograms(probe, analyzeProgram(other, th))) hits++;
        }
        return hits;
      });
      naiveRuns.push(t);
    }
    return {
      db: kind === "postgres" ? "PostgreSQL 15" : "PGlite (embedded)",
      load: load + loadGov,
      liveWithGovernment,
      liveP50: pct(live, 50),
      liveP95: pct(live, 95),
      liveMax: Math.max(...live),
      submitP50: pct(submit, 50),
      submitP95: pct(submit, 95),
      rescan,
      pairs: scan.candidatePairs,
      flags: scan.flagged,
      naive: naiveRuns.length ? naiveRuns.reduce((a, b) => a + b, 0) / naiveRuns.length : NaN,
    };
  } finally {
    await handle.close();
    if (drop) await drop();
  }
}

/** Thrown after the load with --load-only, after the live checks with --live-only. */
class LoadOnly extends Error {}

async function main() {
  const areas = readAreaRows();
  const villages = areas.filter((a) => a.level === 4);
  const provinces = new Set(villages.map((v) => v.code.slice(0, 2))).size;
  // Compact columns, built into rows only batch by batch (the loaders, the naive check).
  const programs = generateProgramSet(villages, N, 7, COMPANIES, { years: YEARS });
  const government = asGovernment(generateProgramSet(villages, GOV, 13, COMPANIES, { years: YEARS }));
  const probes = probePrograms(concatSets(programs, government), CHECKS, Number(opts["probe-seed"]), { years: YEARS });
  log(
    `generated ${programs.length} programs over ${villages.length} villages of ${provinces} provinces, start dates over ${YEARS} years; ${memory()}`,
  );
  const kinds = (opts.only ? [opts.only] : ["postgres", "pglite"]) as ("postgres" | "pglite")[];
  const rows: Row[] = [];
  for (const k of kinds) {
    try {
      rows.push(await run(k, programs, government, probes));
    } catch (err) {
      if (err instanceof LoadOnly) {
        if (err.message) log(k, err.message);
        continue;
      }
      throw err;
    }
  }
  if (opts["load-only"] || opts["live-only"]) return;

  const lines = [
    `Overlap detection benchmark, ${new Date().toISOString().slice(0, 10)}: ${N.toLocaleString("en")} programs and ${GOV.toLocaleString("en")} government activities starting over ${YEARS} years (${2027 - YEARS}–2026; ${COMPANIES} companies, ${villages.length.toLocaleString("en")} villages of ${provinces} provinces), ${CHECKS} live checks, 200 checks on submit.`,
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}.`,
    "",
    "| database | load | live check p50 | live check p95 | live max | live checks meeting a government activity | check on submit p50 | p95 | full rescan | candidate pairs | flags | naive check (all programs) | naive ÷ live p50 |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map(
      (r) =>
        `| ${r.db} | ${(r.load / 1000).toFixed(1)} s | ${ms(r.liveP50)} ms | ${ms(r.liveP95)} ms | ${ms(r.liveMax)} ms | ${r.liveWithGovernment} of ${CHECKS} | ${ms(r.submitP50)} ms | ${ms(r.submitP95)} ms | ${(r.rescan / 1000).toFixed(1)} s | ${r.pairs.toLocaleString("en")} | ${r.flags.toLocaleString("en")} | ${Number.isNaN(r.naive) ? "—" : `${(r.naive / 1000).toFixed(1)} s`} | ${Number.isNaN(r.naive) ? "—" : `${Math.round(r.naive / r.liveP50)}×`} |`,
    ),
  ];
  console.log(lines.join("\n"));
  if (opts.write) {
    mkdirSync(path.dirname(opts.write), { recursive: true });
    writeFileSync(opts.write, `# Overlap detection benchmark\n\nRun: \`npm run bench:overlaps\`\n\n${lines.join("\n")}\n`);
    log("wrote", opts.write);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
