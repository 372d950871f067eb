// Profiles one `next start` under load: a copy of a bench template database, one instance run
// with --cpu-prof, N seconds of autocannon on the chosen kinds, then the profile summed by self
// time per function and per package. For finding where a page's CPU goes, not for figures.
//   tsx --conditions=react-server scripts/dev/profile-http.ts TEMPLATE KIND[,KIND] [SECONDS]
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { spawn } from "node:child_process";
import path from "node:path";
import { DEMO_PASSWORD } from "@/db/seed/demo";
import { withDatabase } from "@/server/test/template";
import { cloneDatabase, NATIONAL_REVIEWER } from "../bench/http-data";
import { kinds, runGroups } from "../bench/http-load";
import { signIn } from "../bench/http-server";
import pg from "pg";

const [template = "bench_nat100k", which = "dashboard", secs = "15"] = process.argv.slice(2);
const BASE = "postgres://postgres@127.0.0.1:5432/postgres";
const PORT = 3470;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const db = await cloneDatabase(BASE, template);
  const dir = "/tmp/prof";
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const url = `http://127.0.0.1:${PORT}`;
  const child = spawn(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${dir}`, "--max-semi-space-size=32", "node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(PORT)], {
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: withDatabase(BASE, db.name), AUTH_SECRET: randomBytes(32).toString("base64"), DEMO_DATA: "0", DATABASE_POOL_SIZE: "10", NODE_OPTIONS: "" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  try {
    for (let i = 0; i < 120; i++) {
      try { if ((await fetch(url + "/sign-in")).ok) break; } catch { /* not yet */ }
      await sleep(500);
    }
    const sessions = { staff: await signIn(url, NATIONAL_REVIEWER, DEMO_PASSWORD), officer: await signIn(url, "officer@mahakam-energi.demo", DEMO_PASSWORD) };
    const c = new pg.Client({ connectionString: withDatabase(BASE, db.name) });
    await c.connect();
    const live = (await c.query(`SELECT p.title, p.description, p.sector, p.target_group AS "targetGroup", p.start_date::text AS "startDate", p.end_date::text AS "endDate",
        array_agg(pa.area_code) AS "areaCodes" FROM programs p JOIN program_areas pa ON pa.program_id = p.id WHERE p.source = 'csr' GROUP BY p.id LIMIT 1`)).rows[0];
    await c.end();
    const k = kinds(live, "") as unknown as Record<string, import("../bench/http-load").Kind>;
    const groups = which.split(",").map((name) => ({ kind: k[name]!, connections: Math.floor(50 / which.split(",").length) }));
    await runGroups(groups, [url], sessions, 3); // warm-up
    const before = cpuByProcess();
    const m = await runGroups(groups, [url], sessions, Number(secs));
    const after = cpuByProcess();
    for (const [name, t] of after) console.log(`cpu ${name}: ${(((t - (before.get(name) ?? 0)) / 100) / Number(secs)).toFixed(2)} cores`);
    for (const r of m) console.log(`${r.label}: ${r.rps.toFixed(1)} rps p50 ${r.p50.toFixed(0)} p95 ${r.p95.toFixed(0)}`);
  } finally {
    child.kill("SIGINT");
    await new Promise((r) => child.once("exit", r));
    await db.drop();
  }
  const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
  if (!file) throw new Error("no profile");
  summarize(JSON.parse(readFileSync(path.join(dir, file), "utf8")));
}

/** CPU ticks (1/100 s) used so far per process name, from /proc. */
function cpuByProcess(): Map<string, number> {
  const out = new Map<string, number>();
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ticks = Number(f[11]) + Number(f[12]);
      const name = cmd.includes("next/dist/bin/next") || cmd.startsWith("next-server") ? "next" : cmd.startsWith("postgres") ? "postgres" : cmd.includes("profile-http") ? "load generator" : "other";
      out.set(name, (out.get(name) ?? 0) + ticks);
    } catch { /* gone */ }
  }
  return out;
}

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
function summarize(p: { nodes: Node[]; samples: number[]; timeDeltas: number[] }) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const fn = new Map<string, number>();
  const pkg = new Map<string, number>();
  for (const [id, t] of self) {
    const n = byId.get(id)!;
    const u = n.callFrame.url;
    const m = u.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    const chunk = u.match(/\.next\/server\/(.*)$/);
    const group = m ? m[1]! : chunk ? ".next/" + chunk[1]!.split("/").slice(0, 2).join("/") : u ? u.replace(/^.*\/main\//, "") : `(${n.callFrame.functionName || "native"})`;
    pkg.set(group, (pkg.get(group) ?? 0) + t);
    const key = `${n.callFrame.functionName || "(anon)"} ${u.split("/").slice(-2).join("/")}:${n.callFrame.lineNumber}`;
    fn.set(key, (fn.get(key) ?? 0) + t);
  }
  const top = (m: Map<string, number>, k: number) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([name, t]) => `${((100 * t) / total).toFixed(1).padStart(5)}%  ${name}`).join("\n");
  console.log(`total sampled ${(total / 1e6).toFixed(1)} s\n-- by package\n${top(pkg, 25)}\n-- by function\n${top(fn, 40)}`);
}
main().catch((e) => { console.error(e); process.exit(1); });
