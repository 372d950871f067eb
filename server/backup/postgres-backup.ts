import "server-only";
import { existsSync, renameSync, statSync } from "node:fs";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import type { Database } from "@/db/client";
import { openPostgres } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import * as schema from "@/db/schema";
import {
  BackupError,
  buildManifest,
  checkMigrationLevel,
  countKeyTables,
  diffCounts,
  readManifest,
  readMigrationLevel,
  writeManifest,
  type BackupManifest,
} from "./manifest";
import { findPgTool, pgTarget, replaceFromDump, runPgTool, type PgTarget } from "./pg-tools";

type Log = (line: string) => void;

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    throw new BackupError(`cannot connect to ${pgTarget(url).label}: ${pgTarget(url).redact(msg)}`);
  }
  return client;
}

/**
 * pg_dump runs inside a snapshot this process exported, so the manifest's row counts describe
 * exactly the dumped data even while the app keeps writing.
 */
export async function backupPostgres(opts: { url: string; out: string; log: Log }): Promise<{ bytes: number; manifest: BackupManifest }> {
  const pgDump = findPgTool("pg_dump");
  const target = pgTarget(opts.url);
  const client = await connect(opts.url);
  let manifest: BackupManifest;
  const tmp = `${opts.out}.partial`;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const { rows } = await client.query<{ id: string }>("SELECT pg_export_snapshot() AS id");
    const db = drizzle(client, { schema }) as unknown as Database;
    manifest = await buildManifest(db, "postgres", opts.out);
    opts.log(`[backup] dumping ${target.label} (${manifest.migrations.applied} migrations, ${manifest.rowCounts.programs ?? 0} programs)`);
    await runPgTool(pgDump, ["--format=custom", `--snapshot=${rows[0]?.id}`, `--file=${tmp}`, `--dbname=${target.dbnameArg}`], target);
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
  renameSync(tmp, opts.out);
  writeManifest(opts.out, manifest);
  return { bytes: statSync(opts.out).size, manifest };
}

async function inspectTarget(url: string): Promise<{ tables: number; applied: number }> {
  const client = await connect(url);
  try {
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
    );
    const level = await readMigrationLevel(drizzle(client, { schema }) as unknown as Database);
    return { tables: Number(rows[0]?.n ?? 0), applied: level.applied };
  } finally {
    await client.end();
  }
}

/**
 * Restores a dump: into an empty database directly; over existing data (with --force) by
 * replacing the database's schemas in one transaction (see replaceFromDump). A database at a
 * newer migration than the backup is still refused: restoring it would be a downgrade of the code's
 * schema, which is better done on purpose into a new database.
 */
export async function restorePostgres(opts: { url: string; file: string; force: boolean; log: Log }) {
  const { file, log } = opts;
  if (!existsSync(file)) throw new BackupError(`no such file: ${file}`);
  const manifest = readManifest(file);
  if (!manifest) throw new BackupError(`no manifest beside ${file} (${file}.manifest.json); copy it along with the backup`);
  if (manifest.database !== "postgres") throw new BackupError(`${file} is a ${manifest.database} backup, not PostgreSQL`);
  const check = checkMigrationLevel(manifest.migrations);
  if (!check.ok) throw new BackupError(`refused: ${check.reason}`);
  const pgRestore = findPgTool("pg_restore");
  const target = pgTarget(opts.url);

  const current = await inspectTarget(opts.url);
  if (current.tables > 0 && !opts.force) {
    throw new BackupError(
      `${target.label} already has ${current.tables} tables; restore into an empty database, or pass --force to replace the backup's objects in it`,
    );
  }
  if (current.applied > manifest.migrations.applied) {
    throw new BackupError(
      `${target.label} is at migration ${current.applied}, the backup at ${manifest.migrations.applied}; pg_restore would leave the newer tables behind. Create an empty database and restore into it`,
    );
  }
  log(`[restore] restoring ${file} into ${target.label}`);
  if (current.tables > 0) {
    await replaceFromDump(pgRestore, findPgTool("psql"), file, await appSchemas(opts.url), target);
  } else {
    await restoreIntoEmpty(pgRestore, file, target);
  }

  const h = await openPostgres(opts.url, 2);
  try {
    const counts = await countKeyTables(h.db);
    const diff = diffCounts(manifest.rowCounts, counts);
    if (diff.length) throw new BackupError(`restored, but the rows differ from the manifest (${diff.join(", ")})`);
    if (check.pending) {
      log(`[restore] applying ${check.pending} newer migrations`);
      await migrateDatabase(h);
    }
    return { counts, migrated: check.pending, movedAside: null };
  } finally {
    await h.close();
  }
}

/** Into an empty database pg_restore runs directly. Owners and grants name roles of the old server; on a new machine the restoring user owns everything. */
async function restoreIntoEmpty(pgRestore: string, file: string, target: PgTarget) {
  const args = [
    "--clean",
    "--if-exists",
    "--no-owner",
    "--no-privileges",
    "--single-transaction",
    "--exit-on-error",
    `--dbname=${target.dbnameArg}`,
    file,
  ];
  await runPgTool(pgRestore, args, target);
}

/** The schemas a restore replaces: every one but PostgreSQL's own. */
async function appSchemas(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const res = await client.query<{ nspname: string }>(
      `SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' ORDER BY 1`,
    );
    return res.rows.map((r) => r.nspname);
  } finally {
    await client.end();
  }
}
