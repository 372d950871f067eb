// Load on the running app over HTTP: `next start` (the worktree's production build) on PostgreSQL,
// autocannon against pages and tRPC calls, one instance and then two on the same database.
//   npm run bench:http [-- --duration 30 | --quick] [-- --data demo,national] [-- --instances 1,2]
//                      [-- --programs 100000] [-- --keep-national NAME] [-- --write docs/benchmarks/http.md]
// Needs `npm run build` first. Traffic goes only to 127.0.0.1; every server and database it
// starts is stopped and dropped at the end, also on Ctrl-C and after a hard time limit.
import { mkdirSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { DEMO_PASSWORD } from "@/db/seed/demo";
import { withDatabase } from "@/server/test/template";
import { cloneDataSet, NATIONAL_REVIEWER, type DataSet } from "./bench/http-data";
import { kinds, loadAverage, runGroups, type LiveCheckInput, type Measured, type Sessions } from "./bench/http-load";
import { signIn, startInstance, type Instance } from "./bench/http-server";

const { values: opts } = parseArgs({
  options: {
    duration: { type: "string", default: "30" },
    quick: { type: "boolean", default: false },
    data: { type: "string", default: "demo,national" },
    instances: { type: "string", default: "1,2" },
    programs: { type: "string", default: "100000" },
    "keep-national": { type: "string" },
    port: { type: "string", default: "3450" },
    write: { type: "string" },
  },
});
const DURATION = opts.quick ? 10 : Number(opts.duration);
const PROGRAMS = Number(opts.programs);
const BASE = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const DATA = opts.data.split(",") as DataSet[];
const INSTANCES = opts.instances.split(",").map(Number);
const PORT = Number(opts.port);
const log = (m: string) => console.error(m);

const cleanups: (() => Promise<void>)[] = [];
async function cleanUp() {
  while (cleanups.length) await cleanups.pop()?.().catch((err: unknown) => log(`[cleanup] ${String(err)}`));
}
for (const sig of ["SIGINT", "SIGTERM"] as const) process.once(sig, () => void cleanUp().then(() => process.exit(130)));
// Bounded: data building, start-up and 6 load phases per combination, with a generous margin.
const limitMs = (20 + DATA.length * INSTANCES.length * (6 * DURATION + 240) / 60) * 60_000;
setTimeout(() => {
  log(`[bench] time limit of ${Math.round(limitMs / 60_000)} min reached; stopping`);
  void cleanUp().then(() => process.exit(2));
}, limitMs).unref();

/** A live check where programs are: the busiest village and its commonest sector. */
async function liveInput(dbUrl: string): Promise<LiveCheckInput> {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  try {
    const { rows } = await c.query<{ area_code: string; sector: string; title: string }>(
      `WITH v AS (SELECT area_code FROM program_areas WHERE area_code ~ '^\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}$'
                  GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1)
       SELECT v.area_code, p.sector, p.title FROM v JOIN program_areas pa ON pa.area_code = v.area_code
       JOIN programs p ON p.id = pa.program_id WHERE p.status <> 'draft' ORDER BY p.id LIMIT 1`,
    );
    const r = rows[0];
    if (!r) throw new Error("no program in a village");
    return {
      title: r.title,
      description: "Kegiatan bersama posyandu dan pemerintah desa untuk warga yang membutuhkan.",
      sector: r.sector,
      targetGroup: "poor_households",
      areaCodes: [r.area_code],
      startDate: "2026-02-01",
      endDate: "2026-11-30",
    };
  } finally {
    await c.end();
  }
}

const row = (data: DataSet, n: number, m: Measured, scope: string) =>
  `| ${m.label}${scope} | ${data === "demo" ? "demo data" : `${PROGRAMS.toLocaleString("en")} programs`} | ${n} | ${m.rps.toFixed(1)} | ${m.p50.toFixed(0)} ms | ${m.p95.toFixed(0)} ms | ${m.p99.toFixed(0)} ms | ${m.errors} | ${m.unanswered} | ${m.load} |`;

async function benchOne(data: DataSet, n: number, out: string[]) {
  const db = await cloneDataSet(BASE, data, PROGRAMS, data === "national" ? opts["keep-national"] : undefined, log);
  cleanups.push(db.drop);
  const dbUrl = withDatabase(BASE, db.name);
  const env = { DATABASE_URL: dbUrl, AUTH_SECRET: randomBytes(32).toString("base64"), DEMO_DATA: "0", DATABASE_POOL_SIZE: "10" };
  const instances: Instance[] = [];
  for (let i = 0; i < n; i++) {
    const inst = await startInstance(PORT + i, env, log);
    instances.push(inst);
    cleanups.push(inst.stop);
  }
  const urls = instances.map((i) => i.url);
  const first = urls[0] as string;
  const sessions: Sessions = {
    staff: await signIn(first, data === "national" ? NATIONAL_REVIEWER : "reviewer@dinsos.demo", DEMO_PASSWORD),
    officer: await signIn(first, "officer@mahakam-energi.demo", DEMO_PASSWORD),
  };
  const k = kinds(await liveInput(dbUrl));
  const scope = data === "national" ? " (national view)" : " (Kaltim view)";
  // Warm-up: each route loaded on each instance, then a few seconds of light load.
  for (const url of urls) {
    for (const kind of [k.dashboard, k.programs, k.summary, k.liveCheck]) {
      const [req] = kind.requests(url, sessions);
      await fetch(url + (req?.path ?? "/"), { headers: req?.headers, signal: AbortSignal.timeout(60_000) });
    }
  }
  await runGroups([k.dashboard, k.programs, k.summary, k.liveCheck].map((kind) => ({ kind, connections: 2 })), urls, sessions, 5);
  for (const kind of [k.dashboard, k.programs, k.summary, k.liveCheck]) {
    const [m] = await runGroups([{ kind, connections: 50 }], urls, sessions, DURATION);
    if (m) out.push(row(data, n, m, kind === k.dashboard || kind === k.summary ? scope : ""));
    log(out.at(-1) ?? "");
  }
  // A forum meeting while officers work: 50 connections at once over the four kinds and submits.
  const mix = await runGroups(
    [
      { kind: k.dashboard, connections: 15 },
      { kind: k.programs, connections: 10 },
      { kind: k.summary, connections: 10 },
      { kind: k.liveCheck, connections: 10 },
      { kind: k.submit, connections: 5 },
    ],
    urls,
    sessions,
    DURATION,
  );
  for (const m of mix) {
    out.push(row(data, n, { ...m, label: `mix: ${m.label}` }, ""));
    log(out.at(-1) ?? "");
  }
  while (instances.length) {
    await instances.pop()?.stop();
    cleanups.pop();
  }
  await db.drop();
  cleanups.pop();
}

async function main() {
  const rows: string[] = [];
  for (const data of DATA) for (const n of INSTANCES) await benchOne(data, n, rows);
  const lines = [
    `HTTP load, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC: \`next start\` (production build) on PostgreSQL, autocannon 8, ${DURATION} s per row, 50 connections.`,
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average (1, 5, 15 min) at the start of each row in the last column.`,
    "",
    "| page or call | data | instances | throughput (rps) | p50 | p95 | p99 | errors | unanswered at end | load avg |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ...rows,
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
