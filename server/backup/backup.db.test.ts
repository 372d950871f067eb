import { spawn } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execute, type DatabaseHandle } from "@/db/client";
import { auditLog, companies, settings } from "@/db/schema";
import { manifestPathFor, readJournal, readManifest, readMigrationLevel } from "./manifest";
import { createRig, type Rig, type Target } from "./backup.test-rig";

const kind = process.env.TEST_DB_KIND;
let rig: Rig;

beforeAll(() => {
  rig = createRig();
});
afterAll(() => rig?.cleanup());

async function withDb<T>(target: Target, fn: (h: DatabaseHandle) => Promise<T>): Promise<T> {
  const h = await target.open();
  try {
    return await fn(h);
  } finally {
    await h.close();
  }
}

/** Everything the tests change, in a comparable form. */
function snapshot(target: Target) {
  return withDb(target, async ({ db }) => ({
    companies: await db.select().from(companies).orderBy(asc(companies.name)),
    settings: await db.select().from(settings).orderBy(asc(settings.key)),
    audit: await db.select().from(auditLog).orderBy(asc(auditLog.id)),
  }));
}

async function seed(target: Target) {
  await withDb(target, async ({ db }) => {
    await db
      .insert(companies)
      .values([
        { name: "PT Kaltim Prima", contactName: "Rina", contactEmail: "rina@example.com", contactPhone: "+62 811 000 1" },
        { name: "PT Pupuk Sejahtera", legalName: "PT Pupuk Sejahtera Tbk", version: 3 },
        { name: "CV Mahakam Hijau" },
      ]);
    await db.insert(settings).values({ key: "home_province", value: "64" });
    await db.insert(auditLog).values({ action: "company.create", targetType: "company", details: { note: "ä, 'quoted', \\ and ünïcode" } });
  });
}

async function mutate(target: Target) {
  await withDb(target, async ({ db }) => {
    await db.delete(companies).where(eq(companies.name, "CV Mahakam Hijau"));
    await db.update(companies).set({ contactEmail: "changed@example.com", version: 2 }).where(eq(companies.name, "PT Kaltim Prima"));
    await db.insert(companies).values({ name: "PT Baru Setelah Backup" });
    await db.update(settings).set({ value: "64.72" });
  });
}

// Each restore loads a whole database (with 91,000 areas) from its dump.
describe(`database backups (${kind})`, { timeout: 120_000 }, () => {
  it("restores rows changed or deleted after the backup exactly, and needs --force over existing data", async () => {
    const target = await rig.createDatabase();
    await seed(target);
    const before = await snapshot(target);
    const file = path.join(rig.workDir, "round-trip.bak");
    const { manifest } = await target.backup(file);

    expect(readManifest(file)).toEqual(manifest);
    expect(manifest).toMatchObject({ database: kind, migrations: { applied: readJournal().length, inCode: readJournal().length } });
    expect(manifest.rowCounts).toMatchObject({ companies: 3, audit_log: 1 });
    expect(manifest.rowCounts.areas).toBeGreaterThan(90_000);

    await mutate(target);
    const mutated = await snapshot(target);
    expect(mutated).not.toEqual(before);
    await expect(target.restore(file, false)).rejects.toThrow(/not empty|already has \d+ tables/);
    expect(await snapshot(target)).toEqual(mutated);

    const result = await target.restore(file, true);
    expect(await snapshot(target)).toEqual(before);
    expect(result.counts).toEqual(manifest.rowCounts);
    if (kind === "pglite") expect(result.movedAside && existsSync(path.join(result.movedAside, "PG_VERSION"))).toBe(true);
  });

  it("leaves the database as it was when the dump is cut short", async () => {
    const target = await rig.createDatabase();
    await seed(target);
    const file = path.join(rig.workDir, "whole.bak");
    await target.backup(file);
    await mutate(target);
    const mutated = await snapshot(target);
    // The first half of the dump, with its manifest: as a copy broken off in transfer.
    const cut = path.join(rig.workDir, "cut.bak");
    const bytes = readFileSync(file);
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    copyFileSync(manifestPathFor(file), manifestPathFor(cut));
    await expect(target.restore(cut, true)).rejects.toThrow();
    expect(await snapshot(target)).toEqual(mutated);
  });

  it("refuses a backup made by a newer version, and leaves the database as it was", async () => {
    const target = await rig.createDatabase();
    await seed(target);
    // A migration this code does not know, as a newer release would have applied.
    await withDb(target, ({ db }) =>
      execute(db, sql`INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ('from-the-future', 9999999999999)`),
    );
    const file = path.join(rig.workDir, "newer.bak");
    const { manifest } = await target.backup(file);
    expect(manifest.migrations).toMatchObject({ applied: readJournal().length + 1, lastTag: null });

    await mutate(target);
    const mutated = await snapshot(target);
    await expect(target.restore(file, true)).rejects.toThrow(/refused: .*this code knows only/);
    expect(await snapshot(target)).toEqual(mutated);
  });

  it("migrates an older backup after restoring it into an empty database", async () => {
    const older = await rig.createOneMigrationBehind();
    const journal = readJournal();
    expect((await withDb(older, ({ db }) => readMigrationLevel(db))).applied).toBe(journal.length - 1);
    const file = path.join(rig.workDir, "older.bak");
    await older.backup(file);
    expect(existsSync(manifestPathFor(file))).toBe(true);

    const fresh = await rig.createEmpty();
    const result = await fresh.restore(file, false);
    expect(result.migrated).toBe(1);
    const level = await withDb(fresh, ({ db }) => readMigrationLevel(db));
    expect(level).toMatchObject({ applied: journal.length, lastTag: journal.at(-1)?.tag });
  });

  it.runIf(kind === "pglite")("refuses to back up a PGlite directory another process has open", async () => {
    const target = await rig.createDatabase();
    const dataDir = target.dataDir ?? "";
    const holder = spawn(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import { PGlite } from "@electric-sql/pglite"; await PGlite.create({ dataDir: ${JSON.stringify(dataDir)} }); console.log("open"); setInterval(() => {}, 1000);`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on("data", (d: Buffer) => d.toString().includes("open") && resolve());
        holder.on("exit", (code) => reject(new Error(`holder exited with ${code}`)));
      });
      await expect(target.backup(path.join(rig.workDir, "busy.bak"))).rejects.toThrow(new RegExp(`open in process ${holder.pid}`));
      await expect(target.restore(path.join(rig.workDir, "round-trip.bak"), true)).rejects.toThrow(/open in process/);
    } finally {
      holder.kill("SIGKILL");
    }
  });
});
