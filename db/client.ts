import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { SQL } from "drizzle-orm";
import { PgTransaction, type PgDatabase, type PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import pg from "pg";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The app's database handle: the same type whether it runs on PGlite or PostgreSQL. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle; accepted wherever a Database is. */
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type DbOrTx = Database | Tx;

export type DatabaseKind = "pglite" | "postgres";

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /** True when this process created the data directory just now (used to seed the demo once). */
  isFresh: boolean;
  /** PostgreSQL only: where it connects, for sessions that need a dedicated connection. */
  connectionString?: string;
  close: () => Promise<void>;
}

export function defaultPgliteDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PGLITE_DIR ?? path.join(process.cwd(), ".data", "pglite"));
}

/** Opens PGlite on a directory (created if missing), in memory (`dataDir` null), or from a dump. */
export async function openPglite(opts: { dataDir: string | null; loadDataDir?: Blob }): Promise<DatabaseHandle> {
  let isFresh = opts.dataDir === null;
  if (opts.dataDir) {
    const { existsSync } = await import("node:fs");
    isFresh = !existsSync(path.join(opts.dataDir, "PG_VERSION"));
    mkdirSync(path.dirname(opts.dataDir), { recursive: true });
  }
  const client = await PGlite.create({
    dataDir: opts.dataDir ?? undefined,
    loadDataDir: opts.loadDataDir,
    extensions: { pg_trgm },
    relaxedDurability: false,
  });
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return { db, kind: "pglite", isFresh, close: () => client.close() };
}

/**
 * Session settings for the app's connections, unless the connection string sets its own
 * `options`: PostgreSQL starts parallel workers only for scans of about a million rows and more.
 * The app's reads are many and mid-sized (the dashboard sums up to ~100,000 programs); on a
 * 2-vCPU server, launching workers for those cost 4× the work they shared out (measured: 116 ms
 * with workers, 27 ms without), and under many users they compete for the same cores anyway.
 */
export const DEFAULT_SESSION_OPTIONS = "-c parallel_setup_cost=10000";

export async function openPostgres(connectionString: string, poolSize = 10): Promise<DatabaseHandle> {
  const hasOptions = /[?&]options=/.test(connectionString);
  const pool = new pg.Pool({ connectionString, max: poolSize, ...(hasOptions ? {} : { options: DEFAULT_SESSION_OPTIONS }) });
  // A dropped idle connection must not crash the process; the pool replaces it.
  pool.on("error", (err) => console.error("[db] idle PostgreSQL client error:", err.message));
  const db = drizzlePg(pool, { schema }) as unknown as Database;
  return { db, kind: "postgres", isFresh: false, connectionString, close: () => pool.end() };
}

/** PostgreSQL when DATABASE_URL is set, otherwise PGlite under PGLITE_DIR (default `.data/pglite`). */
export function openConfiguredDatabase(): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  if (url) return openPostgres(url, Number(process.env.DATABASE_POOL_SIZE ?? 10));
  return openPglite({ dataDir: defaultPgliteDir() });
}

/**
 * Runs raw SQL and returns its rows and the number of rows it changed, the same on both drivers
 * (node-postgres says `rowCount`, PGlite `affectedRows`).
 */
export async function execute<T = Record<string, unknown>>(db: DbOrTx, query: SQL): Promise<{ rows: T[]; rowCount: number }> {
  const res = (await db.execute(query)) as unknown as { rows: T[]; rowCount?: number | null; affectedRows?: number };
  return { rows: res.rows, rowCount: Number(res.rowCount ?? res.affectedRows ?? 0) };
}

/**
 * Runs the queries at once on a pool, one after another inside a transaction: a transaction is
 * one connection, and node-postgres queues (and will refuse, from pg 9) a query sent while
 * another is still running on it.
 */
export async function queriesOf<T extends readonly unknown[]>(
  db: DbOrTx,
  ...work: { [K in keyof T]: () => Promise<T[K]> }
): Promise<T> {
  if (!(db instanceof PgTransaction)) return (await Promise.all(work.map((w) => w()))) as unknown as T;
  const out: unknown[] = [];
  for (const w of work) out.push(await w());
  return out as unknown as T;
}
