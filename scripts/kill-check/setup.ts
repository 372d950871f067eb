// Shared by the kill check's two runs (PostgreSQL, PGlite): the data, the child processes, the verdict.
import { spawn, type ChildProcess } from "node:child_process";
import { sql } from "drizzle-orm";
import pg from "pg";
import { execute, type Database } from "@/db/client";
import { enqueueImport } from "@/server/imports/import-job";
import type { PlannedRow } from "@/server/imports/importer";
import { programInput, seedFixtures } from "@/server/test/fixtures";

/** Where the checks create (and drop) their throw-away databases: a server they may create databases on. */
export const ADMIN_URL = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** A fresh, empty database next to ADMIN_URL; drop it with `dropPostgresDatabase(ADMIN_URL, name)`. */
export async function createScratchDatabase(name: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

export const ROWS = Number(process.env.KILL_CHECK_ROWS ?? 2000);
export const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 23)} ${line}`);

const TITLES = [
  "Pemberian Makanan Tambahan Balita",
  "Beasiswa Anak Nelayan",
  "Pelatihan Menjahit Ibu Rumah Tangga",
  "Bedah Rumah Lansia Terlantar",
  "Air Bersih Sumur Bor Desa",
];

/** A company and its officer, and an import of ROWS programs spread over many villages, queued. */
export async function queueLargeImport(db: Database): Promise<{ importJobId: string; companyId: string }> {
  const fx = await seedFixtures(db);
  const villages = await execute<{ code: string }>(
    db,
    sql`SELECT code FROM areas WHERE level = 4 AND code LIKE '64.%' ORDER BY code LIMIT 250`,
  );
  const codes = villages.rows.map((r) => r.code);
  const rows: PlannedRow[] = Array.from({ length: ROWS }, (_, i) => ({
    row: i + 2,
    company: { id: fx.companies.a },
    program: {
      ...programInput({ title: `${TITLES[i % TITLES.length]} tahap ${i + 1}`, areaCodes: [codes[i % codes.length] as string] }),
      ref: `KILL-${String(i + 1).padStart(5, "0")}`,
    },
  }));
  const importJobId = await enqueueImport(db, {
    createdBy: fx.users.officerA.userId,
    filename: "kill-check.csv",
    importer: { kind: "officer", userId: fx.users.officerA.userId, companyId: fx.companies.a, companyName: "PT Alfa Tambang" },
    rows,
    ip: null,
  });
  return { importJobId, companyId: fx.companies.a };
}

/** `npm run worker` as a real child process, in its own process group so kill -9 reaches every process of it. */
export function startWorkerProcess(env: Record<string, string | undefined>, onLine: (line: string) => void): ChildProcess {
  return startProcess("npm", ["run", "--silent", "worker"], { JOB_WORKER_STALE_SECONDS: "6", ...env }, onLine);
}

/** A child process in its own process group, its output handed over line by line. */
export function startProcess(
  command: string,
  args: string[],
  env: Record<string, string | undefined>,
  onLine: (line: string) => void,
): ChildProcess {
  const child = spawn(command, args, { env: { ...process.env, ...env }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let buffer = "";
  const feed = (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const l of lines) if (l.trim()) onLine(l);
  };
  child.stdout?.on("data", feed);
  child.stderr?.on("data", feed);
  return child;
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

// 'close' comes when every process of the group has let go of the pipes, not just npm.
export function killHard(child: ChildProcess): Promise<void> {
  const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));
  if (hasExited(child) || !child.pid) return Promise.resolve();
  process.kill(-child.pid, "SIGKILL");
  return exited;
}

export async function stopGently(child: ChildProcess): Promise<string> {
  const exited = new Promise<string>((resolve) => child.once("close", (code, signal) => resolve(signal ?? `exit code ${code}`)));
  if (hasExited(child) || !child.pid) return "already stopped";
  process.kill(-child.pid, "SIGTERM");
  return exited;
}

export async function waitFor<T>(what: string, probe: () => Promise<T | null>, timeoutMs = 300_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== null) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export interface ImportState {
  status: string;
  processed: number;
  imported: number;
  total: number;
  error: string | null;
  worker_id: string | null;
  heartbeat_at: string | null;
}

export async function importState(db: Database, id: string): Promise<ImportState> {
  const res = await execute<ImportState>(
    db,
    sql`SELECT status::text AS status, processed, imported, total, error, worker_id, heartbeat_at::text AS heartbeat_at FROM import_jobs WHERE id = ${id}`,
  );
  const row = res.rows[0];
  if (!row) throw new Error("import job row missing");
  return row;
}

export async function queueJobStates(db: Database): Promise<{ name: string; state: string; retry_count: number }[]> {
  const res = await execute<{ name: string; state: string; retry_count: number }>(
    db,
    sql`SELECT name, state::text AS state, retry_count FROM pgboss.job WHERE name = 'import.run' ORDER BY created_on`,
  );
  return res.rows;
}

/**
 * The verdict: done with exactly the planned programs, once each; or failed with none; and no
 * queue job left active. Returns the failures, empty when all holds.
 */
export async function judge(db: Database, importJobId: string, companyId: string): Promise<string[]> {
  const failures: string[] = [];
  const state = await importState(db, importJobId);
  const counts = await execute<{ n: number; refs: number }>(
    db,
    sql`SELECT count(*)::int AS n, count(DISTINCT ref)::int AS refs FROM programs WHERE company_id = ${companyId} AND ref LIKE 'KILL-%'`,
  );
  const { n = -1, refs = -1 } = counts.rows[0] ?? {};
  log(`verdict: import ${state.status} (error ${state.error ?? "none"}), ${n} programs with ${refs} distinct refs of ${ROWS} planned`);
  if (state.status === "done") {
    if (n !== ROWS || refs !== ROWS) failures.push(`done, but ${n} programs (${refs} refs) instead of ${ROWS}`);
    if (state.processed !== ROWS) failures.push(`done, but ${state.processed} of ${ROWS} checked`);
  } else if (state.status === "failed") {
    if (n !== 0) failures.push(`failed, but ${n} programs were saved`);
    if (!state.error) failures.push("failed without a reason");
  } else {
    failures.push(`import left '${state.status}'`);
  }
  const active = await execute<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM pgboss.job WHERE state = 'active' AND name NOT LIKE '__pgboss%'`,
  );
  if ((active.rows[0]?.n ?? 0) > 0) failures.push(`${active.rows[0]?.n} queue jobs still active`);
  return failures;
}
