// The import engine on messy files: preview and import times for 1,000 and 10,000 rows.
//   npm run bench:import [-- --rows 1000,10000] [-- --registered 2000] [-- --only pglite|postgres] [-- --write docs/benchmarks/import.md]
// PGlite always; PostgreSQL when DATABASE_URL (or BENCH_DATABASE_URL) is given: a fresh database is created there and dropped.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import pg from "pg";
import { execute, openPglite, openPostgres, type Database, type DatabaseHandle } from "@/db/client";
import { companies, forumMembers, importJobs, users } from "@/db/schema";
import { migrateDatabase } from "@/db/migrate";
import { loadAreas } from "@/db/seed/regions";
import { runJobsUntilIdle } from "@/server/jobs/runner";
import { buildMessyXlsx } from "@/server/imports/messy.fixtures";
import { generateMessyLines, type Village } from "@/server/imports/messy-generate";
import { confirmPreview } from "@/server/imports/preview-actions";
import { startPreview } from "@/server/imports/preview.service";
import { findBlockingRows } from "@/server/imports/preview.store";
import { ensureDefaultThesaurus } from "@/server/overlaps/thesaurus.service";
import { withDatabase } from "@/server/test/template";

const { values: opts } = parseArgs({
  options: {
    rows: { type: "string", default: "1000,10000" },
    registered: { type: "string", default: "2000" },
    only: { type: "string" },
    write: { type: "string" },
  },
});
const SIZES = opts.rows.split(",").map(Number);
const REGISTERED = Number(opts.registered);
const log = (...a: unknown[]) => console.error("[bench:import]", ...a);
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

interface Result {
  db: string;
  rows: number;
  preview: number;
  previewedAs: string;
  import: number;
  saved: number;
  skipped: number;
  flags: number;
}

async function openDatabase(kind: "pglite" | "postgres"): Promise<{ handle: DatabaseHandle; drop: () => Promise<void> }> {
  if (kind === "pglite") return { handle: await openPglite({ dataDir: null }), drop: async () => undefined };
  const base = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? "";
  const name = `sinergi_bench_import_${Date.now()}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return {
    handle: await openPostgres(withDatabase(base, name), 4),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

async function kaltimVillages(db: Database): Promise<Village[]> {
  const res = await execute<Village>(
    db,
    sql`SELECT v.name, d.name AS district, r.name AS regency FROM areas v
        JOIN areas d ON d.code = v.parent_code JOIN areas r ON r.code = d.parent_code
        WHERE v.level = 4 AND v.code LIKE '64.%' ORDER BY v.code`,
  );
  return res.rows;
}

/** A company of the forum and its officer, who uploads. */
async function createOfficer(db: Database, name: string) {
  const [company] = await db.insert(companies).values({ name }).returning({ id: companies.id });
  if (!company) throw new Error("company not created");
  await db.insert(forumMembers).values({ companyId: company.id, jurisdiction: "64" });
  const [user] = await db
    .insert(users)
    .values({ email: `${name.replace(/\W+/g, ".").toLowerCase()}@bench.invalid`, name, role: "officer", passwordHash: "x", companyId: company.id })
    .returning({ id: users.id });
  if (!user) throw new Error("user not created");
  return { kind: "officer" as const, userId: user.id, companyId: company.id, companyName: name };
}

/** Uploads a file as the officer, reads its preview, skips what cannot be saved and submits the rest. */
async function previewAndImport(db: Database, importer: Awaited<ReturnType<typeof createOfficer>>, bytes: Uint8Array) {
  const t0 = performance.now();
  const started = await startPreview({ db, ip: null }, importer, { filename: "bench.xlsx", contentBase64: Buffer.from(bytes).toString("base64") });
  if (started.status === "invalid") throw new Error(`file refused: ${JSON.stringify(started.errors)}`);
  if (started.status === "reading") await runJobsUntilIdle(db);
  const preview = performance.now() - t0;
  const skipRows = await findBlockingRows(db, started.previewId);
  const t1 = performance.now();
  await confirmPreview(db, importer.userId, { id: started.previewId, mode: "submit", skipRows });
  await runJobsUntilIdle(db);
  const imported = performance.now() - t1;
  const [job] = await db.select().from(importJobs).where(sql`${importJobs.id} = ${started.previewId}`);
  if (job?.status !== "done") throw new Error(`import ended ${job?.status}: ${job?.error}`);
  return { preview, previewedAs: started.status === "reading" ? "job" : "request", imported, saved: job.imported, skipped: skipRows.length, flags: job.flags };
}

async function run(kind: "pglite" | "postgres"): Promise<Result[]> {
  const { handle, drop } = await openDatabase(kind);
  const db = handle.db;
  try {
    await migrateDatabase(handle);
    await loadAreas(db);
    await ensureDefaultThesaurus(db);
    const villages = await kaltimVillages(db);
    // Programs already registered, so every row is checked against real neighbours.
    if (REGISTERED > 0) {
      const first = await createOfficer(db, "PT Terdaftar Lebih Dulu");
      const r = await previewAndImport(db, first, await buildMessyXlsx(generateMessyLines(REGISTERED, villages, 99)));
      log(kind, `registered ${r.saved} programs first`);
    }
    const out: Result[] = [];
    for (const n of SIZES) {
      const importer = await createOfficer(db, `PT Uji Impor ${n}`);
      const bytes = await buildMessyXlsx(generateMessyLines(n, villages, n));
      log(kind, `${n} rows: ${(bytes.length / 1024).toFixed(0)} KB`);
      const r = await previewAndImport(db, importer, bytes);
      log(kind, `${n} rows: preview ${s(r.preview)} (${r.previewedAs}), import ${s(r.imported)}`);
      out.push({ db: kind === "postgres" ? "PostgreSQL" : "PGlite", rows: n, preview: r.preview, previewedAs: r.previewedAs, import: r.imported, saved: r.saved, skipped: r.skipped, flags: r.flags });
    }
    return out;
  } finally {
    await handle.close();
    await drop();
  }
}

async function main() {
  const kinds = (opts.only ? [opts.only] : ["pglite", ...(process.env.DATABASE_URL || process.env.BENCH_DATABASE_URL ? ["postgres"] : [])]) as ("pglite" | "postgres")[];
  const results: Result[] = [];
  for (const k of kinds) results.push(...(await run(k)));
  const lines = [
    `Import benchmark, ${new Date().toISOString().slice(0, 10)}: messy XLSX files (title rows, places by name in several forms, words for target groups, "Rp 1,5 M"), ${REGISTERED.toLocaleString("en")} programs registered before.`,
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}.`,
    "",
    "| database | rows | preview | read by | import (save + overlap checks) | saved | skipped | open flags |",
    "| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: |",
    ...results.map((r) => `| ${r.db} | ${r.rows.toLocaleString("en")} | ${s(r.preview)} | ${r.previewedAs} | ${s(r.import)} | ${r.saved.toLocaleString("en")} | ${r.skipped} | ${r.flags} |`),
  ];
  console.log(lines.join("\n"));
  if (opts.write) {
    mkdirSync(path.dirname(opts.write), { recursive: true });
    writeFileSync(opts.write, `# Import benchmark\n\nRun: \`npm run bench:import\`\n\n${lines.join("\n")}\n`);
    log("wrote", opts.write);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
