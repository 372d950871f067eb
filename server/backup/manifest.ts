import "server-only";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { execute, type Database, type DatabaseKind } from "@/db/client";
import { MIGRATIONS_FOLDER } from "@/db/migrate";

/** Tables whose row counts a manifest records, so a restore can be checked at a glance. */
export const KEY_TABLES = [
  "areas",
  "companies",
  "users",
  "programs",
  "program_areas",
  "overlap_flags",
  "needs",
  "indicators",
  "program_events",
  "notifications",
  "import_jobs",
  "audit_log",
] as const;

export interface MigrationLevel {
  /** How many migrations the database has applied. */
  applied: number;
  /** The journal tag of the last applied migration; null when this code does not know it. */
  lastTag: string | null;
  /** drizzle's `created_at` of the last applied migration (the journal's `when`). */
  lastWhen: number | null;
}

export interface BackupManifest {
  format: 1;
  app: { name: string; version: string };
  database: DatabaseKind;
  createdAt: string;
  /** The dump's file name; the manifest sits beside it as `<file>.manifest.json`. */
  file: string;
  migrations: MigrationLevel & { inCode: number };
  rowCounts: Record<string, number>;
}

interface JournalEntry {
  idx: number;
  tag: string;
  when: number;
}

export function readJournal(folder = MIGRATIONS_FOLDER): JournalEntry[] {
  const journal = JSON.parse(readFileSync(path.join(folder, "meta", "_journal.json"), "utf8")) as { entries: JournalEntry[] };
  return journal.entries;
}

/** The migration level of a database, read from drizzle's own bookkeeping table. */
export async function readMigrationLevel(db: Database): Promise<MigrationLevel> {
  const { rows: exists } = await execute<{ t: string | null }>(db, sql`SELECT to_regclass('drizzle.__drizzle_migrations')::text AS t`);
  if (!exists[0]?.t) return { applied: 0, lastTag: null, lastWhen: null };
  const { rows } = await execute<{ n: number; last: string | null }>(
    db,
    sql`SELECT count(*)::int AS n, max(created_at)::text AS last FROM drizzle.__drizzle_migrations`,
  );
  const applied = Number(rows[0]?.n ?? 0);
  const lastWhen = rows[0]?.last ? Number(rows[0].last) : null;
  const lastTag = readJournal().find((e) => e.when === lastWhen)?.tag ?? null;
  return { applied, lastTag, lastWhen };
}

export async function countKeyTables(db: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of KEY_TABLES) {
    const { rows: exists } = await execute<{ t: string | null }>(db, sql`SELECT to_regclass(${"public." + table})::text AS t`);
    if (!exists[0]?.t) continue;
    const { rows } = await execute<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`);
    counts[table] = Number(rows[0]?.n ?? 0);
  }
  return counts;
}

function appInfo(): { name: string; version: string } {
  const pkg = JSON.parse(readFileSync(path.join(process.cwd(), "package.json"), "utf8")) as { name: string; version: string };
  return { name: pkg.name, version: pkg.version };
}

export async function buildManifest(db: Database, kind: DatabaseKind, file: string): Promise<BackupManifest> {
  return {
    format: 1,
    app: appInfo(),
    database: kind,
    createdAt: new Date().toISOString(),
    file: path.basename(file),
    migrations: { ...(await readMigrationLevel(db)), inCode: readJournal().length },
    rowCounts: await countKeyTables(db),
  };
}

export const manifestPathFor = (file: string) => `${file}.manifest.json`;

export function writeManifest(file: string, manifest: BackupManifest): void {
  writeFileSync(manifestPathFor(file), JSON.stringify(manifest, null, 2) + "\n");
}

export function readManifest(file: string): BackupManifest | null {
  const p = manifestPathFor(file);
  if (!existsSync(p)) return null;
  return JSON.parse(readFileSync(p, "utf8")) as BackupManifest;
}

/**
 * Whether this code can take a database at `level`: refused when it has more migrations than the
 * journal, or its last one is not in the journal (a newer or diverged version made it).
 * Returns the number of migrations to apply after the restore.
 */
export function checkMigrationLevel(
  level: Pick<MigrationLevel, "applied" | "lastWhen">,
): { ok: true; pending: number } | { ok: false; reason: string } {
  const journal = readJournal();
  if (level.applied > journal.length) {
    return {
      ok: false,
      reason: `the backup has ${level.applied} migrations applied, this code knows only ${journal.length}; restore it with a newer version of the app`,
    };
  }
  if (level.applied > 0 && journal[level.applied - 1]?.when !== level.lastWhen) {
    return {
      ok: false,
      reason: `the backup's last migration is not migration ${level.applied} of this code's journal; it was made by a different version of the app`,
    };
  }
  return { ok: true, pending: journal.length - level.applied };
}

/** Row counts that differ between a manifest and a restored database, as "table: a → b". */
export function diffCounts(expected: Record<string, number>, actual: Record<string, number>): string[] {
  return Object.entries(expected)
    .filter(([t, n]) => actual[t] !== n)
    .map(([t, n]) => `${t}: ${n} → ${actual[t] ?? "missing"}`);
}

/** A failure to report to the operator as one line, without a stack trace. */
export class BackupError extends Error {}

/** A timestamp usable in file names: 2026-12-04T19-30-00Z. */
export const fileStamp = (d = new Date()) =>
  d
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "-");
