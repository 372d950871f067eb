import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { sql } from "drizzle-orm";
import { execute, type DbOrTx } from "../client";
import { parseCsv } from "./csv";

interface AreaRow {
  code: string;
  parent_code: string | null;
  level: number;
  name: string;
}

const FILES = [
  { file: "provinces.csv", level: 1, hasParent: false },
  { file: "regencies.csv", level: 2, hasParent: true },
  { file: "districts.csv", level: 3, hasParent: true },
  { file: "villages.csv", level: 4, hasParent: true },
] as const;

function dataDir(): string {
  const require = createRequire(path.join(process.cwd(), "package.json"));
  return path.join(path.dirname(require.resolve("idn-area-data/package.json")), "data");
}

/** Every administrative area of Indonesia as shipped by `idn-area-data` (Kemendagri codes). */
export function readAreaRows(): AreaRow[] {
  const dir = dataDir();
  const out: AreaRow[] = [];
  for (const { file, level, hasParent } of FILES) {
    const [header, ...rows] = parseCsv(readFileSync(path.join(dir, file), "utf8"));
    if (!header || header[0] !== "code") throw new Error(`Unexpected header in idn-area-data ${file}`);
    for (const r of rows) {
      const code = r[0];
      const name = hasParent ? r[2] : r[1];
      if (!code || !name) continue;
      out.push({ code, parent_code: hasParent ? (r[1] ?? null) : null, level, name: name.trim() });
    }
  }
  return out;
}

/**
 * Loads the area table. Idempotent: existing codes are left alone, and when every row is
 * already present it returns after one count. Rows go in as JSON batches, which is fast on
 * both PGlite and PostgreSQL.
 */
export async function loadAreas(db: DbOrTx): Promise<{ inserted: number; total: number }> {
  const rows = readAreaRows();
  const existing = await execute<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM areas`);
  const have = Number(existing.rows[0]?.n ?? 0);
  if (have >= rows.length) return { inserted: 0, total: have };
  let inserted = 0;
  const batch = 20000;
  for (let i = 0; i < rows.length; i += batch) {
    const chunk = JSON.stringify(rows.slice(i, i + batch));
    const res = await execute(
      db,
      sql`
      INSERT INTO areas (code, parent_code, level, name)
      SELECT code, parent_code, level, name
      FROM json_to_recordset(${chunk}::json) AS x(code text, parent_code text, level smallint, name text)
      ON CONFLICT (code) DO NOTHING`,
    );
    inserted += res.rowCount;
  }
  return { inserted, total: have + inserted };
}
