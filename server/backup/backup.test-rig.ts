import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { openPglite, openPostgres, type DatabaseHandle } from "@/db/client";
import { migrateDatabase, MIGRATIONS_FOLDER } from "@/db/migrate";
import { dropPostgresDatabase, withDatabase } from "@/server/test/template";
import type { BackupManifest } from "./manifest";
import { backupPglite, restorePglite, type RestoreResult } from "./pglite-backup";
import { backupPostgres, restorePostgres } from "./postgres-backup";

const quiet = () => undefined;

/** One database the backup code works on, whichever kind the test run is for. */
export interface Target {
  /** The PGlite data directory (PGlite only). */
  dataDir?: string;
  open: () => Promise<DatabaseHandle>;
  backup: (out: string) => Promise<{ manifest: BackupManifest }>;
  restore: (file: string, force: boolean) => Promise<RestoreResult>;
}

export interface Rig {
  workDir: string;
  /** A database with the schema and the area data (the test template). */
  createDatabase: () => Promise<Target>;
  /** A database with nothing in it. */
  createEmpty: () => Promise<Target>;
  /** A database that has applied every migration but the last. */
  createOneMigrationBehind: () => Promise<Target>;
  cleanup: () => Promise<void>;
}

/** A copy of the migrations whose journal stops one migration short, as an older app would have. */
function olderMigrationsFolder(workDir: string): string {
  const folder = path.join(workDir, "migrations-older");
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalPath = path.join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: unknown[] };
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, -1) }));
  return folder;
}

function pgliteRig(workDir: string): Rig {
  let n = 0;
  const target = (dataDir: string): Target => ({
    dataDir,
    open: () => openPglite({ dataDir }),
    backup: (out) => backupPglite({ dataDir, out, log: quiet }),
    restore: (file, force) => restorePglite({ file, dataDir, force, log: quiet }),
  });
  const newDir = () => path.join(workDir, `db${++n}`);
  return {
    workDir,
    createDatabase: async () => {
      const dataDir = newDir();
      const h = await openPglite({ dataDir, loadDataDir: new Blob([readFileSync(inject("pgliteTemplate"))]) });
      await h.close();
      return target(dataDir);
    },
    createEmpty: async () => target(newDir()),
    createOneMigrationBehind: async () => {
      const dataDir = newDir();
      const h = await openPglite({ dataDir });
      await migrateDatabase(h, olderMigrationsFolder(workDir));
      await h.close();
      return target(dataDir);
    },
    cleanup: async () => rmSync(workDir, { recursive: true, force: true }),
  };
}

function postgresRig(workDir: string, baseUrl: string, template: string): Rig {
  const created: string[] = [];
  const create = async (options: string): Promise<Target> => {
    const name = `${template.replace(/_tmpl_\d+$/, "")}_bk${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}" ${options}`);
    } finally {
      await admin.end();
    }
    created.push(name);
    const url = withDatabase(baseUrl, name);
    return {
      open: () => openPostgres(url, 2),
      backup: (out) => backupPostgres({ url, out, log: quiet }),
      restore: (file, force) => restorePostgres({ url, file, force, log: quiet }),
    };
  };
  return {
    workDir,
    createDatabase: () => create(`TEMPLATE "${template}"`),
    createEmpty: () => create(""),
    createOneMigrationBehind: async () => {
      const t = await create("");
      const h = await t.open();
      await migrateDatabase(h, olderMigrationsFolder(workDir));
      await h.close();
      return t;
    },
    cleanup: async () => {
      for (const name of created) await dropPostgresDatabase(baseUrl, name);
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

export function createRig(): Rig {
  const workDir = mkdtempSync(path.join(tmpdir(), "backup-test-"));
  const url = process.env.TEST_DATABASE_URL;
  const template = inject("postgresTemplate");
  if (process.env.TEST_DB_KIND === "postgres") {
    if (!url || !template) throw new Error("TEST_DB_KIND=postgres needs TEST_DATABASE_URL");
    return postgresRig(workDir, url, template);
  }
  return pgliteRig(workDir);
}
