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
 * A fresh copy of the data set for one run. `keep` names the template database to reuse across
 * runs (created when missing); without it the template is built for this run and dropped after.
 */
export async function cloneDataSet(
  base: string,
  data: DataSet,
  programs: number,
  keep: string | undefined,
  log: (m: string) => void,
): Promise<{ name: string; drop: () => Promise<void> }> {
  const stamp = `${process.pid}_${Date.now()}`;
  const template = keep ?? `sinergi_benchhttp_tpl_${data}_${stamp}`;
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
  const name = `sinergi_benchhttp_${data}_${stamp}`;
  await admin(base, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return {
    name,
    drop: async () => {
      await dropDatabase(base, name);
      if (!keep) await dropDatabase(base, template);
    },
  };
}
