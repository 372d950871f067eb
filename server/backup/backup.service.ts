import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { defaultPgliteDir } from "@/db/client";
import { backupPglite, restorePglite } from "./pglite-backup";
import { backupPostgres, restorePostgres } from "./postgres-backup";
import { fileStamp } from "./manifest";

type Log = (line: string) => void;

/** The database the app would open: PostgreSQL when DATABASE_URL is set, else PGlite under PGLITE_DIR. */
function configured(): { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string } {
  const url = process.env.DATABASE_URL;
  return url ? { kind: "postgres", url } : { kind: "pglite", dataDir: defaultPgliteDir() };
}

function sizeLabel(bytes: number): string {
  return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function countsLabel(counts: Record<string, number>): string {
  return ["programs", "companies", "users"].map((t) => `${counts[t] ?? 0} ${t}`).join(", ");
}

/** Backs up the configured database; returns the one-line summary. */
export async function runBackup(opts: { out?: string; log: Log }): Promise<string> {
  const db = configured();
  const ext = db.kind === "pglite" ? "tar.gz" : "dump";
  const out = path.resolve(opts.out ?? path.join("backups", `sinergi-${db.kind}-${fileStamp()}.${ext}`));
  mkdirSync(path.dirname(out), { recursive: true });
  const t0 = Date.now();
  const { bytes, manifest } =
    db.kind === "pglite"
      ? await backupPglite({ dataDir: db.dataDir, out, log: opts.log })
      : await backupPostgres({ url: db.url, out, log: opts.log });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  return `backup ok: ${out} (${db.kind}, ${sizeLabel(bytes)}, migration ${manifest.migrations.applied}, ${countsLabel(manifest.rowCounts)}) in ${secs} s`;
}

/** Restores a backup into the configured database; returns the one-line summary. */
export async function runRestore(opts: { file: string; force: boolean; log: Log }): Promise<string> {
  const db = configured();
  const file = path.resolve(opts.file);
  const t0 = Date.now();
  const result =
    db.kind === "pglite"
      ? await restorePglite({ file, dataDir: db.dataDir, force: opts.force, log: opts.log })
      : await restorePostgres({ url: db.url, file, force: opts.force, log: opts.log });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  const migrated = result.migrated ? `, ${result.migrated} migrations applied` : "";
  const aside = result.movedAside ? `; old data in ${result.movedAside}` : "";
  return `restore ok: ${file} into ${db.kind} (${countsLabel(result.counts)}${migrated}) in ${secs} s${aside}`;
}
