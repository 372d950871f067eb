// Databases for the HTTP benchmark: the demo forum, or the demo forum plus the overlaps
// benchmark's national data set, each prepared once and cloned per run (CREATE DATABASE …
// TEMPLATE), so every run starts from the same rows and the submits of one run do not leak
// into the next.
import pg from "pg";
import { sql } from "drizzle-orm";
import { execute, openPostgres } from "@/db/client";
import { users } from "@/db/schema";
import { readAreaRows } from "@/db/seed/regions";
import { DEMO_PASSWORD } from "@/db/seed/demo";
import { hashPassword } from "@/server/auth/password";
import { rescanAll } from "@/server/overlaps/overlaps.service";
import { prepareDatabase } from "@/server/setup/prepare";
import { withDatabase } from "@/server/test/template";
import { generatePrograms } from "./generate";
import { loadBenchData } from "./load";

export type DataSet = "demo" | "national";

/** The staff account the dashboard rows sign in with: the demo reviewer (Kaltim), or a national one. */
export const NATIONAL_REVIEWER = "reviewer.national@bench.invalid";

async function admin<T>(base: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export const dropDatabase = (base: string, name: string) =>
  admin(base, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined);

/**
 * Fills database `name` (created here) with the data set: migrations, areas, the demo forum and,
 * for `national`, `programs` generated programs of every province with their overlap flags.
 */
async function fill(base: string, name: string, data: DataSet, programs: number, log: (m: string) => void) {
  await admin(base, (c) => c.query(`CREATE DATABASE "${name}"`));
  const handle = await openPostgres(withDatabase(base, name), 4);
  try {
    await prepareDatabase(handle, "always", log);
    if (data === "national") {
      const villages = readAreaRows().filter((a) => a.level === 4);
      const t0 = Date.now();
      await loadBenchData(handle.db, generatePrograms(villages, programs, 7, 2000), 2000);
      const scan = await rescanAll(handle.db);
      log(`[data] ${programs} programs and ${scan.flagged} flags in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
      await handle.db.insert(users).values({
        email: NATIONAL_REVIEWER,
        name: "Bench National Reviewer",
        role: "reviewer",
        jurisdiction: "ID",
        passwordHash: await hashPassword(DEMO_PASSWORD),
      });
    }
    await execute(handle.db, sql`ANALYZE`);
  } finally {
    await handle.close();
  }
}

/**
 * The data set's template database, built when missing. `keep` names one to reuse across runs;
 * without it the template is built for this run and `drop` removes it.
 */
export async function prepareTemplate(
  base: string,
  data: DataSet,
  programs: number,
  keep: string | undefined,
  log: (m: string) => void,
): Promise<{ template: string; drop: () => Promise<void> }> {
  const template = keep ?? `sinergi_benchhttp_tpl_${data}_${process.pid}_${Date.now()}`;
  const exists = await admin(base, async (c) => (await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [template])).rowCount === 1);
  if (!exists) {
    log(`[data] building ${data} data in ${template}`);
    try {
      await fill(base, template, data, programs, log);
    } catch (err) {
      await dropDatabase(base, template);
      throw err;
    }
  }
  return { template, drop: () => (keep ? Promise.resolve() : dropDatabase(base, template)) };
}

/** A fresh copy of the template for one run, so the submits of one run do not leak into the next. */
export async function cloneDatabase(base: string, template: string): Promise<{ name: string; drop: () => Promise<void> }> {
  const name = `sinergi_benchhttp_run_${process.pid}_${Date.now()}`;
  await admin(base, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return { name, drop: () => dropDatabase(base, name) };
}

/**
 * Waits (up to a minute) until no query of a benchmark database is running: requests the load
 * generator gave up on at the end of a row still run on the server and would weigh on the next row.
 */
export async function settle(base: string, log: (m: string) => void) {
  const deadline = Date.now() + 60_000;
  await admin(base, async (c) => {
    for (;;) {
      const { rows } = await c.query<{ n: string }>(
        "SELECT count(*) AS n FROM pg_stat_activity WHERE datname LIKE 'sinergi_benchhttp_run_%' AND state = 'active'",
      );
      if (Number(rows[0]?.n) === 0) return;
      if (Date.now() > deadline) return log(`[settle] still ${rows[0]?.n} queries running after 60 s; going on`);
      await new Promise((r) => setTimeout(r, 500));
    }
  });
  await new Promise((r) => setTimeout(r, 2000));
}
