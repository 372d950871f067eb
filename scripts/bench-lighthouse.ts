// Lighthouse (mobile, the default configuration) on signed-in pages, run by run, account by account,
// with both ways Lighthouse can slow a page down:
//   - "simulate" (its default): the page loads at full speed and Lantern estimates the metrics
//     from that trace for a slow phone on Slow 4G;
//   - "devtools": the page really loads through Chrome's network and CPU throttling.
//   npm run bench:lighthouse [-- --url http://127.0.0.1:3000] [-- --paths /dashboard,/programs]
//                            [-- --accounts viewer@forumcsr.demo,reviewer@dinsos.demo] [-- --runs 5]
//                            [-- --throttling simulate,devtools] [-- --password P] [-- --write FILE]
// Without --url it starts `next start` of this checkout's build (`npm run build` first) on a fresh
// PGlite demo forum (DEMO_DATA=1) and stops it at the end. Chromium: CHROME_PATH, else /usr/bin/chromium.
//
// "scripts before paint" counts the runs where every script had finished downloading before the
// page's first contentful paint in the unthrottled trace: Lantern then counts all of them on the
// way to a text LCP painted at that moment, which is why a simulated LCP of the same page jumps
// between about 1 and 2.5 s (docs/benchmarks/dashboard.md).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { signIn, startInstance, type Instance } from "./bench/http-server";

const { values: opts } = parseArgs({
  options: {
    url: { type: "string" },
    paths: { type: "string", default: "/dashboard" },
    accounts: { type: "string", default: "viewer@forumcsr.demo,reviewer@dinsos.demo" },
    password: { type: "string", default: process.env.DEMO_PASSWORD ?? "Kaltim-Demo-2026" },
    runs: { type: "string", default: "5" },
    throttling: { type: "string", default: "simulate,devtools" },
    port: { type: "string", default: "3620" },
    target: { type: "string", default: "2000" },
    write: { type: "string" },
  },
});

type Method = "simulate" | "devtools";
const RUNS = Number(opts.runs);
const TARGET = Number(opts.target);
const PATHS = opts.paths.split(",").map((p) => p.trim()).filter(Boolean);
const ACCOUNTS = opts.accounts.split(",").map((a) => a.trim()).filter(Boolean);
const METHODS = opts.throttling.split(",").map((m) => m.trim()) as Method[];
for (const m of METHODS) {
  if (m !== "simulate" && m !== "devtools") throw new Error(`--throttling: "${m}" is neither simulate nor devtools`);
}
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs: "${opts.runs}" is not a positive whole number`);
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const log = (m: string) => console.error(m);
const workDir = mkdtempSync(path.join(os.tmpdir(), "sinergi-lighthouse-"));

interface Run {
  lcp: number;
  fcp: number;
  tbt: number;
  cls: number;
  performance: number;
  accessibility: number;
  scriptsBeforePaint: boolean;
  load: number;
  finalUrl: string;
}

interface NetworkItem {
  resourceType?: string;
  networkEndTime?: number;
}

/** The parts of Lighthouse's JSON report read here. */
interface Lhr {
  finalDisplayedUrl: string;
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<
    string,
    | {
        numericValue?: number;
        errorMessage?: string;
        details?: { items?: (NetworkItem & Record<string, unknown>)[] };
      }
    | undefined
  >;
}

const loadAverage = () => os.loadavg()[0] ?? 0;

async function measure(url: string, cookie: string, method: Method): Promise<Run> {
  const load = loadAverage();
  // Lighthouse's own CLI in a child process: its page functions are sent to the browser as source
  // text, which the helpers tsx adds to this script's functions would break.
  const out = path.join(workDir, `run-${Date.now()}.json`);
  const bin = path.join(process.cwd(), "node_modules", ".bin", "lighthouse");
  const res = spawnSync(
    bin,
    [
      url,
      "--quiet",
      "--output=json",
      `--output-path=${out}`,
      "--only-categories=performance,accessibility",
      `--throttling-method=${method}`,
      `--chrome-path=${CHROME}`,
      `--chrome-flags=${CHROME_FLAGS.join(" ")}`,
      `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
    ],
    { encoding: "utf8", timeout: 180_000 },
  );
  if (res.status !== 0 || !existsSync(out)) {
    throw new Error(`Lighthouse on ${url} failed (exit ${res.status ?? res.signal}): ${(res.stderr || res.error?.message || "").slice(-2000)}`);
  }
  const lhr = JSON.parse(readFileSync(out, "utf8")) as Lhr;
  rmSync(out, { force: true });
  const { audits, categories } = lhr;
  const metrics = audits.metrics?.details?.items?.[0] ?? {};
  const requests = (audits["network-requests"]?.details?.items ?? []).filter((r) => r.resourceType === "Script");
  const observedFcp = Number(metrics.observedFirstContentfulPaint ?? Number.POSITIVE_INFINITY);
  const num = (id: string) => {
    const v = audits[id]?.numericValue;
    if (typeof v !== "number") throw new Error(`Lighthouse gave no ${id} for ${url}: ${audits[id]?.errorMessage ?? "no value"}`);
    return v;
  };
  return {
    lcp: num("largest-contentful-paint"),
    fcp: num("first-contentful-paint"),
    tbt: num("total-blocking-time"),
    cls: num("cumulative-layout-shift"),
    performance: Math.round((categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
    scriptsBeforePaint: requests.length > 0 && requests.every((r) => (r.networkEndTime ?? Infinity) <= observedFcp),
    load,
    finalUrl: lhr.finalDisplayedUrl,
  };
}

/** Lighthouse now and then fails to record a trace (NO_NAVSTART, NO_FCP): such a run is tried again, twice at most, and said. */
async function measureWithRetry(url: string, cookie: string, method: Method): Promise<Run> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await measure(url, cookie, method);
    } catch (err) {
      if (attempt >= 3) throw err;
      log(`[lighthouse] ${url} ${method}, attempt ${attempt} failed, trying again: ${err instanceof Error ? err.message.slice(0, 300) : String(err)}`);
    }
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = (x: number) => String(Math.round(x));

async function main() {
  let server: Instance | null = null;
  let base = opts.url?.replace(/\/$/, "");
  if (!base) {
    server = await startInstance(
      process.cwd(),
      Number(opts.port),
      {
        PGLITE_DIR: path.join(workDir, "pglite"),
        DEMO_DATA: "1",
        AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-only-secret-not-for-production-0123456789",
      },
      log,
    );
    base = server.url;
  }
  const results = new Map<string, Run[]>();
  const key = (p: string, a: string, m: Method) => `${p}\u0000${a}\u0000${m}`;
  try {
    const cookies = new Map<string, string>();
    for (const account of ACCOUNTS) cookies.set(account, await signIn(base, account, opts.password));
    // Warm the server's caches and the build's code paths once per page and account.
    for (const p of PATHS) for (const account of ACCOUNTS) await fetch(base + p, { headers: { cookie: cookies.get(account)! } });
    // Run by run, so a change in the machine's load falls on every row alike.
    for (let i = 1; i <= RUNS; i++) {
      for (const p of PATHS) {
        for (const account of ACCOUNTS) {
          for (const method of METHODS) {
            const run = await measureWithRetry(base + p, cookies.get(account)!, method);
            if (new URL(run.finalUrl).pathname !== p) throw new Error(`${account} on ${p} ended at ${run.finalUrl}: not signed in?`);
            const k = key(p, account, method);
            results.set(k, [...(results.get(k) ?? []), run]);
            log(
              `[lighthouse] run ${i}/${RUNS} ${p} ${account} ${method}: LCP ${ms(run.lcp)} ms, FCP ${ms(run.fcp)} ms, TBT ${ms(run.tbt)} ms, scripts before paint ${run.scriptsBeforePaint ? "yes" : "no"}, load ${run.load.toFixed(2)}`,
            );
          }
        }
      }
    }
  } finally {
    await server?.stop();
    rmSync(workDir, { recursive: true, force: true });
  }

  const lines = [
    `Lighthouse ${"12.2.3"} mobile (default configuration), ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, ${RUNS} runs per row, ${os.cpus().length} CPUs, Node ${process.version}${opts.url ? `, against ${opts.url}` : ", next start of this build on a fresh PGlite demo forum"}.`,
    "",
    `| page | account | throttling | LCP per run (ms) | LCP median | runs ≤ ${TARGET} ms | scripts before paint | FCP median | TBT median | CLS max | performance median | accessibility min | load average |`,
    "| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
  ];
  for (const p of PATHS) {
    for (const account of ACCOUNTS) {
      for (const method of METHODS) {
        const runs = results.get(key(p, account, method)) ?? [];
        const lcps = runs.map((r) => r.lcp);
        const loads = runs.map((r) => r.load);
        lines.push(
          `| ${p} | ${account} | ${method} | ${lcps.map(ms).join(", ")} | **${ms(median(lcps))}** | ${lcps.filter((x) => x <= TARGET).length} of ${runs.length} | ${runs.filter((r) => r.scriptsBeforePaint).length} of ${runs.length} | ${ms(median(runs.map((r) => r.fcp)))} | ${ms(median(runs.map((r) => r.tbt)))} | ${Math.max(...runs.map((r) => r.cls)).toFixed(3)} | ${median(runs.map((r) => r.performance))} | ${Math.min(...runs.map((r) => r.accessibility))} | ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} |`,
        );
      }
    }
  }
  const table = lines.join("\n");
  console.log(table);
  if (opts.write) {
    mkdirSync(path.dirname(opts.write), { recursive: true });
    writeFileSync(opts.write, `${table}\n`);
    log(`[lighthouse] written to ${opts.write}`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
