// One build of the app under test: its own copy of the data, its instances, signed-in sessions
// and the requests to send, warmed up and ready to measure.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { DEMO_PASSWORD } from "@/db/seed/demo";
import { withDatabase } from "@/server/test/template";
import { cloneDatabase, NATIONAL_REVIEWER, type DataSet } from "./http-data";
import { kinds, runGroups, type LiveCheckInput, type Sessions } from "./http-load";
import { signIn, startInstance, type Instance } from "./http-server";

export interface Build {
  label: string;
  dir: string;
}

export interface App {
  build: Build;
  urls: string[];
  sessions: Sessions;
  kinds: ReturnType<typeof kinds>;
  /** What serves the load, for the CPU each row uses: instance and worker PIDs, the run's database. */
  processes: () => { appPids: number[]; workerPid: number | undefined; dbUrl: string; dbName: string };
  stop: () => Promise<void>;
}

/** A live check that finds something: a program of the busiest village, retyped, same place and period. */
async function liveInput(dbUrl: string): Promise<LiveCheckInput> {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  try {
    const { rows } = await c.query<{ area_code: string; sector: string; title: string; start_date: string; end_date: string }>(
      `WITH v AS (SELECT area_code FROM program_areas WHERE area_code ~ '^\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}$'
                  GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1)
       SELECT v.area_code, p.sector, p.title, p.start_date::text, p.end_date::text FROM v JOIN program_areas pa ON pa.area_code = v.area_code
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
      startDate: r.start_date,
      endDate: r.end_date,
    };
  } finally {
    await c.end();
  }
}

export async function startApp(
  build: Build,
  data: DataSet,
  n: number,
  base: string,
  template: string,
  port: number,
  log: (m: string) => void,
): Promise<App> {
  const db = await cloneDatabase(base, template);
  const instances: Instance[] = [];
  let worker: ChildProcess | undefined;
  const stop = async () => {
    for (const i of instances) await i.stop();
    if (worker && worker.exitCode === null && worker.signalCode === null) {
      const gone = new Promise((r) => worker?.once("exit", r));
      worker.kill("SIGTERM");
      await Promise.race([gone, new Promise((r) => setTimeout(r, 5000))]);
      if (worker.exitCode === null && worker.signalCode === null) worker.kill("SIGKILL");
    }
    await db.drop();
  };
  try {
    const dbUrl = withDatabase(base, db.name);
    const env = {
      DATABASE_URL: dbUrl,
      AUTH_SECRET: randomBytes(32).toString("base64"),
      DEMO_DATA: "0",
      DATABASE_POOL_SIZE: "10",
      // As `npm start` runs the server: a larger young generation, so a page's short-lived objects
      // die in fewer scavenges (see README, "Running in production").
      NODE_OPTIONS: "--max-semi-space-size=32",
    };
    for (let i = 0; i < n; i++) instances.push(await startInstance(build.dir, port + i, env, log));
    // One worker beside the instances, as in production (`npm run worker`): it runs the overlap
    // check each submit queues, so the mix pays for it as a real forum would.
    worker = spawn(path.join(build.dir, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/worker.ts"], {
      cwd: build.dir,
      env: { ...process.env, ...env, NODE_OPTIONS: "" },
      stdio: "ignore",
    });
    const urls = instances.map((i) => i.url);
    const first = urls[0] as string;
    const sessions: Sessions = {
      staff: await signIn(first, data === "national" ? NATIONAL_REVIEWER : "reviewer@dinsos.demo", DEMO_PASSWORD),
      officer: await signIn(first, "officer@mahakam-energi.demo", DEMO_PASSWORD),
    };
    const scope = data === "national" ? " (national view)" : " (Kaltim view)";
    const k = kinds(await liveInput(dbUrl), scope);
    // Warm-up: each route loaded on each instance (page sizes logged), then a few seconds of light load.
    for (const url of urls) {
      for (const kind of [k.dashboard, k.programs, k.summary, k.liveCheck]) {
        const [req] = kind.requests(url, sessions);
        const res = await fetch(url + (req?.path ?? "/"), { headers: req?.headers, signal: AbortSignal.timeout(60_000) });
        log(`[size] ${build.label} ${kind.label}: HTTP ${res.status}, ${((await res.arrayBuffer()).byteLength / 1024).toFixed(1)} KB`);
      }
    }
    await runGroups([k.dashboard, k.programs, k.summary, k.liveCheck].map((kind) => ({ kind, connections: 2 })), urls, sessions, 5);
    const processes = () => ({
      appPids: instances.flatMap((i) => (i.child.pid ? [i.child.pid] : [])),
      workerPid: worker?.pid,
      dbUrl,
      dbName: db.name,
    });
    return { build, urls, sessions, kinds: k, processes, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
