import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { openPglite, openPostgres } from "@/db/client";
import { migrateDatabase, MIGRATIONS_FOLDER } from "@/db/migrate";
import { loadAreas } from "@/db/seed/regions";

/** A hash of the migrations, so a cached template is rebuilt whenever the schema changes. */
function schemaHash(): string {
  const h = createHash("sha256");
  for (const f of readdirSync(MIGRATIONS_FOLDER).sort()) {
    if (f.endsWith(".sql")) h.update(f).update(readFileSync(path.join(MIGRATIONS_FOLDER, f)));
  }
  return h.digest("hex").slice(0, 16);
}

/**
 * Builds (or reuses) a PGlite dump with migrations and every area loaded. Each test file loads
 * this dump instead of paying for migrations and 91,000 area rows again.
 */
export async function buildPgliteTemplate(): Promise<string> {
  const dir = path.join(process.cwd(), ".data", "test-templates");
  const file = path.join(dir, `pglite-${schemaHash()}.tar.gz`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  const h = await openPglite({ dataDir: null });
  await migrateDatabase(h);
  await loadAreas(h.db);
  const client = (h.db as unknown as { $client: { dumpDataDir: (c: "gzip") => Promise<Blob> } }).$client;
  const dump = await client.dumpDataDir("gzip");
  await h.close();
  const tmp = file + "." + process.pid;
  writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
  renameSync(tmp, file);
  return file;
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = "/" + name;
  return u.toString();
}

/** Creates a PostgreSQL template database (migrated, areas loaded) next to TEST_DATABASE_URL's. */
export async function buildPostgresTemplate(baseUrl: string): Promise<string> {
  const base = new URL(baseUrl).pathname.slice(1) || "postgres";
  const name = `${base}_tmpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const h = await openPostgres(withDatabase(baseUrl, name), 2);
  await migrateDatabase(h);
  await loadAreas(h.db);
  await h.close();
  return name;
}

export async function dropPostgresDatabase(baseUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
