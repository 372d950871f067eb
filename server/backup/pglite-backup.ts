import "server-only";
import { gunzipSync } from "node:zlib";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openPglite, type Database, type DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { findProcessesUsingDir, hasPidFile } from "./dir-in-use";
import {
  BackupError,
  buildManifest,
  checkMigrationLevel,
  countKeyTables,
  diffCounts,
  fileStamp,
  readManifest,
  readMigrationLevel,
  writeManifest,
  type BackupManifest,
} from "./manifest";

type Log = (line: string) => void;

interface DumpableClient {
  dumpDataDir: (compression: "gzip") => Promise<Blob>;
}

function clientOf(db: Database): DumpableClient {
  return (db as unknown as { $client: DumpableClient }).$client;
}

/** PGlite has one process per data directory; a second writer would corrupt it. */
function assertNotInUse(dataDir: string, log: Log): void {
  if (!existsSync(dataDir)) return;
  const pids = findProcessesUsingDir(dataDir);
  if (pids && pids.length) {
    throw new BackupError(`${dataDir} is open in process ${pids.join(", ")} (the app or its worker?); stop it first`);
  }
  if (pids === null && hasPidFile(dataDir)) {
    log(`[backup] warning: ${dataDir} has a postmaster.pid; make sure the app is stopped`);
  } else if (hasPidFile(dataDir)) {
    log(`[backup] note: ${dataDir} has a postmaster.pid left by a process that is gone (a crash?)`);
  }
}

const isEmptyDir = (dir: string) => !existsSync(dir) || readdirSync(dir).length === 0;

export async function backupPglite(opts: { dataDir: string; out: string; log: Log }): Promise<{ bytes: number; manifest: BackupManifest }> {
  if (!existsSync(path.join(opts.dataDir, "PG_VERSION"))) throw new BackupError(`no PGlite database at ${opts.dataDir}`);
  assertNotInUse(opts.dataDir, opts.log);
  opts.log(`[backup] opening ${opts.dataDir}`);
  const h = await openPglite({ dataDir: opts.dataDir });
  let manifest: BackupManifest;
  let dump: Blob;
  try {
    manifest = await buildManifest(h.db, "pglite", opts.out);
    opts.log(`[backup] dumping (${manifest.migrations.applied} migrations, ${manifest.rowCounts.programs ?? 0} programs)`);
    dump = await clientOf(h.db).dumpDataDir("gzip");
  } finally {
    await h.close();
  }
  const tmp = `${opts.out}.partial`;
  writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
  renameSync(tmp, opts.out);
  writeManifest(opts.out, manifest);
  return { bytes: statSync(opts.out).size, manifest };
}

export interface RestoreResult {
  counts: Record<string, number>;
  migrated: number;
  /** Where the replaced data directory went, when --force moved one aside. */
  movedAside: string | null;
}

/**
 * Loads a dump into a staging directory beside the target, checks and migrates it there, and
 * only then moves it into place, so a failed restore leaves the old directory untouched.
 */
export async function restorePglite(opts: { file: string; dataDir: string; force: boolean; log: Log }): Promise<RestoreResult> {
  const { file, dataDir, log } = opts;
  if (!existsSync(file)) throw new BackupError(`no such file: ${file}`);
  assertNotInUse(dataDir, log);
  const replacing = !isEmptyDir(dataDir);
  if (replacing && !opts.force) {
    throw new BackupError(`${dataDir} is not empty; pass --force to move it aside and restore in its place`);
  }
  const manifest = readManifest(file);
  if (manifest && manifest.database !== "pglite") throw new BackupError(`${file} is a ${manifest.database} backup, not PGlite`);
  if (!manifest) log(`[restore] no manifest beside ${file}; checking the dump itself`);
  const early = manifest && checkMigrationLevel(manifest.migrations);
  if (early && !early.ok) throw new BackupError(`refused: ${early.reason}`);

  const staging = `${dataDir}.restoring-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  let h: DatabaseHandle | null = null;
  try {
    log(`[restore] loading ${file}`);
    const bytes = readFileSync(file);
    // A file cut short fails inside PGlite's own unpacking as an unhandled rejection; check it whole first.
    try {
      gunzipSync(bytes);
    } catch {
      throw new BackupError(`${file} is not a complete PGlite backup (the archive is damaged or cut short); nothing was changed`);
    }
    h = await openPglite({ dataDir: staging, loadDataDir: new Blob([bytes]) });
    const check = checkMigrationLevel(await readMigrationLevel(h.db));
    if (!check.ok) throw new BackupError(`refused: ${check.reason}`);
    const counts = await countKeyTables(h.db);
    const diff = manifest ? diffCounts(manifest.rowCounts, counts) : [];
    if (diff.length) throw new BackupError(`the restored rows differ from the manifest (${diff.join(", ")})`);
    if (check.pending) {
      log(`[restore] applying ${check.pending} newer migrations`);
      await migrateDatabase(h);
    }
    await h.close();
    h = null;
    let movedAside: string | null = null;
    if (replacing) {
      movedAside = `${dataDir}.before-restore-${fileStamp()}`;
      renameSync(dataDir, movedAside);
      log(`[restore] moved the old data directory to ${movedAside}`);
    } else if (existsSync(dataDir)) {
      rmSync(dataDir, { recursive: true });
    }
    renameSync(staging, dataDir);
    return { counts, migrated: check.pending, movedAside };
  } finally {
    if (h) await h.close();
    rmSync(staging, { recursive: true, force: true });
  }
}
