// Load on the running app over HTTP: `next start` (a production build) on PostgreSQL, autocannon
// against pages and tRPC calls, one instance and then two on the same database.
//   npm run bench:http [-- --duration 30 | --quick] [-- --data demo,national] [-- --instances 1,2]
//                      [-- --programs 100000] [-- --keep-national NAME] [-- --write docs/benchmarks/http.md]
//                      [-- --baseline DIR]  another checkout's build, measured row by row in turn with this one
// Needs `npm run build` first. Traffic goes only to 127.0.0.1; every server and database it
// starts is stopped and dropped at the end, also on Ctrl-C and after a hard time limit.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { prepareTemplate, settle, type DataSet } from "./bench/http-data";
import { startApp, type App, type Build } from "./bench/http-app";
import { loadAverage, runGroups, type Measured } from "./bench/http-load";
import { coresBetween, cpuSnapshot, type CpuParts } from "./bench/http-cpu";

const { values: opts } = parseArgs({
  options: {
    duration: { type: "string", default: "30" },
    quick: { type: "boolean", default: false },
    data: { type: "string", default: "demo,national" },
    instances: { type: "string", default: "1,2" },
    programs: { type: "string", default: "100000" },
    "keep-national": { type: "string" },
    port: { type: "string", default: "3450" },
    baseline: { type: "string" },
    write: { type: "string" },
  },
});
const DURATION = opts.quick ? 10 : Number(opts.duration);
const PROGRAMS = Number(opts.programs);
const BASE = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const DATA = opts.data.split(",") as DataSet[];
const INSTANCES = opts.instances.split(",").map(Number);
const BUILDS: Build[] = [
  { label: "this", dir: process.cwd() },
  ...(opts.baseline ? [{ label: "baseline", dir: path.resolve(opts.baseline) }] : []),
];
const log = (m: string) => console.error(m);

const cleanups: (() => Promise<void>)[] = [];
async function cleanUp() {
  while (cleanups.length) await cleanups.pop()?.().catch((err: unknown) => log(`[cleanup] ${String(err)}`));
}
for (const sig of ["SIGINT", "SIGTERM"] as const) process.once(sig, () => void cleanUp().then(() => process.exit(130)));
// Bounded: data building, start-up and 7 load phases per combination and build, with a generous margin.
const limitMs = (20 + (DATA.length * INSTANCES.length * BUILDS.length * (7 * DURATION + 240)) / 60) * 60_000;
setTimeout(() => {
  log(`[bench] time limit of ${Math.round(limitMs / 60_000)} min reached; stopping`);
  void cleanUp().then(() => process.exit(2));
}, limitMs).unref();

const dataLabel = (data: DataSet) => (data === "demo" ? "demo data" : `${PROGRAMS.toLocaleString("en")} programs`);
// CPU of the row: cores used by the instances, PostgreSQL (the run's backends), the worker and the
// load generator; and, for a row of one kind, the app's and PostgreSQL's CPU per answer.
const cores = (c: CpuParts) => `${c.app.toFixed(2)} / ${c.db.toFixed(2)} / ${c.worker.toFixed(2)} / ${c.load.toFixed(2)}`;
const perAnswer = (c: CpuParts, rps: number) => (rps > 0 ? `${((c.app * 1000) / rps).toFixed(1)} / ${((c.db * 1000) / rps).toFixed(1)} ms` : "–");
const row = (data: DataSet, n: number, app: App, m: Measured, cpu: CpuParts, alone: boolean) =>
  `| ${m.label} | ${dataLabel(data)} | ${n} |${BUILDS.length > 1 ? ` ${app.build.label} |` : ""} ${m.rps.toFixed(1)} | ${m.p50.toFixed(0)} ms | ${m.p95.toFixed(0)} ms | ${m.p99.toFixed(0)} ms | ${m.errors} | ${cores(cpu)} | ${alone ? perAnswer(cpu, m.rps) : "(shared)"} | ${m.load} |`;

type AloneKind = "dashboard" | "programs" | "summary" | "liveCheck" | "submit";
/** CPU milliseconds (app + PostgreSQL) one answer of each kind took, by data set and instances, from the rows of one kind. */
const costs = new Map<string, Partial<Record<AloneKind, { app: number; db: number }>>>();

/**
 * What issue 8's mix targets need at the measured costs: 60 dashboard pages and 400 tRPC reads a
 * second (half summaries, half live checks, as the mix gives them equal connections), in cores
 * of the app and of PostgreSQL, before /programs, submits, the worker and the load generator.
 */
function capacityLines(): string[] {
  const out: string[] = [];
  for (const [label, { dashboard, summary, liveCheck }] of costs) {
    if (!dashboard || !summary || !liveCheck) continue;
    const app = (60 * dashboard.app + 200 * summary.app + 200 * liveCheck.app) / 1000;
    const db = (60 * dashboard.db + 200 * summary.db + 200 * liveCheck.db) / 1000;
    out.push(`| ${label} | ${app.toFixed(2)} | ${db.toFixed(2)} | ${(app + db).toFixed(2)} | ${os.cpus().length} |`);
  }
  if (out.length === 0) return [];
  return [
    "",
    "Cores the mix targets need at these costs (60 /dashboard and 400 tRPC reads per second, the reads half summaries and half live checks; /programs, submits, worker and load generator not counted):",
    "",
    "| data, instances | app cores | PostgreSQL cores | together | cores of this machine |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...out,
  ];
}

/** Runs the groups on the app and measures the CPU its processes used meanwhile. */
async function measured(app: App, groups: Parameters<typeof runGroups>[0]): Promise<{ ms: Measured[]; cpu: CpuParts }> {
  const p = app.processes();
  const before = await cpuSnapshot(p.appPids, p.workerPid, p.dbUrl, p.dbName);
  const ms = await runGroups(groups, app.urls, app.sessions, DURATION);
  const after = await cpuSnapshot(p.appPids, p.workerPid, p.dbUrl, p.dbName);
  return { ms, cpu: coresBetween(before, after) };
}

async function benchOne(data: DataSet, n: number, template: string, out: string[]) {
  const apps: App[] = [];
  for (const [i, build] of BUILDS.entries()) {
    const app = await startApp(build, data, n, BASE, template, Number(opts.port) + 10 * i, log);
    cleanups.push(app.stop);
    apps.push(app);
  }
  const push = (app: App, m: Measured, cpu: CpuParts, alone: boolean) => {
    out.push(row(data, n, app, m, cpu, alone));
    log(out.at(-1) ?? "");
  };
  // Row by row, each build in turn (which goes first alternates), so both see about the same
  // load from the rest of the machine; between rows the database finishes what the last left.
  const alone = async (kinds: readonly AloneKind[]) => {
    for (const [i, kind] of kinds.entries()) {
      for (const app of i % 2 ? [...apps].reverse() : apps) {
        await settle(BASE, log);
        const { ms, cpu } = await measured(app, [{ kind: app.kinds[kind], connections: 50 }]);
        if (ms[0]) push(app, ms[0], cpu, true);
        if (ms[0] && ms[0].rps > 0) {
          const label = `${dataLabel(data)}, ${n}${BUILDS.length > 1 ? `, ${app.build.label}` : ""}`;
          costs.set(label, { ...costs.get(label), [kind]: { app: (cpu.app * 1000) / ms[0].rps, db: (cpu.db * 1000) / ms[0].rps } });
        }
      }
    }
  };
  await alone(["dashboard", "programs", "summary", "liveCheck"]);
  // A forum meeting while officers work: 50 connections at once over the four kinds and submits.
  for (const app of apps) {
    await settle(BASE, log);
    const { dashboard, programs, summary, liveCheck, submit } = app.kinds;
    const { ms: mix, cpu } = await measured(app, [
        { kind: dashboard, connections: 15 },
        { kind: programs, connections: 10 },
        { kind: summary, connections: 10 },
        { kind: liveCheck, connections: 10 },
        { kind: submit, connections: 5 },
    ]);
    for (const m of mix) push(app, { ...m, label: `mix: ${m.label}` }, cpu, false);
  }
  // Submits alone come last: the overlap checks they queue keep the worker busy for a while after
  // the row, and would weigh on whatever ran next.
  await alone(["submit"]);
  for (const app of apps) {
    await app.stop();
    cleanups.splice(cleanups.indexOf(app.stop), 1);
  }
}

async function main() {
  const rows: string[] = [];
  for (const data of DATA) {
    const t = await prepareTemplate(BASE, data, PROGRAMS, data === "national" ? opts["keep-national"] : undefined, log);
    cleanups.push(t.drop);
    for (const n of INSTANCES) await benchOne(data, n, t.template, rows);
    await t.drop();
    cleanups.splice(cleanups.indexOf(t.drop), 1);
  }
  const builds = BUILDS.length > 1 ? ` Builds: ${BUILDS.map((b) => `${b.label} = ${b.dir}`).join(", ")}.` : "";
  const lines = [
    `HTTP load, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC: \`next start\` (production build) on PostgreSQL with one \`npm run worker\` beside it, autocannon 8, ${DURATION} s per row, 50 connections.${builds}`,
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average (1, 5, 15 min) at the start of each row in the last column.`,
    "Each connection waits for its answer before sending the next request; answers still open when the time is up are not counted, so a row with 0 rps had no answer within its time. Errors: non-2xx answers (a redirect too) and timeouts (30 s).",
    "CPU: cores used during the row by the app instances / the run's PostgreSQL backends / the worker / the load generator (from /proc; the mix's rows share one figure). Per answer: the app's and PostgreSQL's CPU milliseconds per answer, for rows of one kind.",
    "",
    `| page or call | data | instances |${BUILDS.length > 1 ? " build |" : ""} throughput (rps) | p50 | p95 | p99 | errors | CPU (cores) app / db / worker / load | CPU per answer app / db | load avg |`,
    `| --- | --- | ---: |${BUILDS.length > 1 ? " --- |" : ""} ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |`,
    ...rows,
    ...capacityLines(),
  ];
  console.log(lines.join("\n"));
  if (opts.write) {
    mkdirSync(path.dirname(opts.write), { recursive: true });
    writeFileSync(opts.write, lines.join("\n") + "\n");
  }
  log(`[bench] done; load average ${loadAverage()}`);
}

main()
  .catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => cleanUp().then(() => process.exit()));
