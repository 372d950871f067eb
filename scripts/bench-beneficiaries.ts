// Beneficiary lists at scale, on PostgreSQL and PGlite:
//   npm run bench:beneficiaries [-- --tokens 200000] [-- --programs 2000] [-- --shared 0.1] [-- --only postgres|pglite]
// The issue's size: --tokens 10000000 --programs 100000 --only postgres.
// PostgreSQL: BENCH_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres (a fresh database is created and dropped).
// Prints a markdown table on stdout; progress on stderr.
import { randomBytes } from "node:crypto";
import os from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { sql } from "drizzle-orm";
import { execute, openPglite, openPostgres, type DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { readAreaRows } from "@/db/seed/regions";
import { importBeneficiaryList } from "@/server/beneficiaries/import.service";
import { importRegistry, registryShares } from "@/server/beneficiaries/registry.service";
import { sharedCountsByProgramPair, sharedCountsForProgram } from "@/server/beneficiaries/shared.queries";
import { withDatabase } from "@/server/test/template";

const { values: opts } = parseArgs({
  options: {
    tokens: { type: "string", default: "200000" },
    programs: { type: "string", default: "2000" },
    shared: { type: "string", default: "0.1" },
    list: { type: "string", default: "10000" },
    only: { type: "string" },
  },
});
const TOKENS = Number(opts.tokens);
const PROGRAMS = Number(opts.programs);
const SHARED = Number(opts.shared);
const LIST_ROWS = Number(opts.list);
const log = (...a: unknown[]) => console.error("[bench]", ...a);
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await fn();
  return [r, performance.now() - t];
}

/** 10,000 valid NIKs: Palaran (647201), a real date, a serial; every fifth a woman (day + 40). */
function listCsv(rows: number): Buffer {
  const lines = ["nik,name"];
  for (let i = 0; i < rows; i++) {
    let day = 1 + (i % 28);
    if (i % 5 === 0) day += 40;
    const month = 1 + (Math.floor(i / 28) % 12);
    const year = 60 + (Math.floor(i / 336) % 40);
    const serial = String(1 + Math.floor(i / 13440)).padStart(4, "0");
    lines.push(`647201${String(day).padStart(2, "0")}${String(month).padStart(2, "0")}${year}${serial},Orang ${i}`);
  }
  return Buffer.from(lines.join("\n"));
}

interface Row {
  db: string;
  load: number;
  upload: number;
  persons: number;
  pairsSql: number;
  pairs: number;
  pairsFull: number | null;
  oneList: number;
  registry: number;
  shares: number;
}

async function run(kind: "postgres" | "pglite"): Promise<Row> {
  let handle: DatabaseHandle;
  let drop: (() => Promise<void>) | null = null;
  if (kind === "postgres") {
    const base = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
    const name = `sinergi_bench_benef_${Date.now()}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    handle = await openPostgres(withDatabase(base, name), 2);
    drop = async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    };
  } else {
    handle = await openPglite({ dataDir: null });
  }
  const db = handle.db;
  try {
    await migrateDatabase(handle);
    // Districts only (the NIK check needs them), not the 91,000 villages.
    const districts = JSON.stringify(readAreaRows().filter((r) => r.level <= 3));
    await execute(db, sql`INSERT INTO areas (code, parent_code, level, name) SELECT code, parent_code, level, name FROM json_to_recordset(${districts}::json) AS x(code text, parent_code text, level smallint, name text)`);
    const [, load] = await timed(async () => {
      const companies = Math.max(1, Math.ceil(PROGRAMS / 50));
      await execute(db, sql`INSERT INTO companies (name) SELECT 'PT Bench ' || g FROM generate_series(1, ${companies}) g`);
      await execute(
        db,
        sql`INSERT INTO programs (company_id, ref, title, description, sector, start_date, end_date, status)
            SELECT c.id, 'P-' || g, 'Program ' || g, 'Bench program', 'social', '2026-01-01', '2026-12-31', 'completed'
            FROM generate_series(1, ${PROGRAMS}) g JOIN (SELECT id, row_number() OVER (ORDER BY name) AS n FROM companies) c ON c.n = 1 + g % ${companies}`,
      );
      await execute(
        db,
        sql`INSERT INTO beneficiary_lists (program_id, via, filename, row_count, person_count, purpose_acknowledged)
            SELECT id, 'cli', 'bench.csv', 0, 0, true FROM programs`,
      );
      await execute(db, sql`CREATE TEMP TABLE bench_programs AS SELECT row_number() OVER (ORDER BY p.id) - 1 AS n, p.id AS program_id, l.id AS list_id FROM programs p JOIN beneficiary_lists l ON l.program_id = p.id`);
      await execute(db, sql`CREATE INDEX ON bench_programs (n)`);
      // Each token row: a random program; with probability SHARED a person of a shared pool (about two rows each), else someone listed once.
      const pool = Math.max(1, Math.floor((TOKENS * SHARED) / 2));
      const step = 500_000;
      for (let start = 0; start < TOKENS; start += step) {
        const end = Math.min(TOKENS, start + step) - 1;
        await execute(
          db,
          sql`INSERT INTO beneficiary_tokens (list_id, program_id, token, row)
              SELECT b.list_id, b.program_id, sha256(int8send(x.person)), 2
              FROM (SELECT g, CASE WHEN random() < ${SHARED} THEN floor(random() * ${pool})::bigint ELSE ${pool}::bigint + g END AS person,
                           floor(random() * ${PROGRAMS})::bigint AS n
                    FROM generate_series(${start}::bigint, ${end}::bigint) g) x
              JOIN bench_programs b ON b.n = x.n
              ON CONFLICT DO NOTHING`,
        );
        log(kind, `tokens ${end + 1}/${TOKENS}`);
      }
      await execute(db, sql`ANALYZE`);
    });
    log(kind, `loaded in ${ms(load)} ms`);

    // One more program, running, and its 10,000-row list uploaded as a file.
    const [p] = (
      await execute<{ id: string; company_id: string }>(
        db,
        sql`INSERT INTO programs (company_id, ref, title, description, sector, start_date, end_date, status)
            SELECT id, 'NEW-1', 'New', 'Bench', 'social', '2026-01-01', '2026-12-31', 'in_progress' FROM companies LIMIT 1 RETURNING id, company_id`,
      )
    ).rows;
    if (!p) throw new Error("no program");
    const csv = listCsv(LIST_ROWS);
    const key = randomBytes(32);
    const [saved, upload] = await timed(() =>
      importBeneficiaryList(db, {
        program: { id: p.id, ref: "NEW-1", companyId: p.company_id, status: "in_progress" },
        uploader: { kind: "cli" },
        filename: "bench.csv",
        bytes: csv,
        skipInvalid: false,
        purposeAcknowledged: true,
        key,
      }),
    );
    if (saved.status !== "saved") throw new Error(`upload refused: ${JSON.stringify(saved.messages.slice(0, 3))}`);
    log(kind, `upload ${ms(upload)} ms, ${saved.personCount} people`);
    const [, oneList] = await timed(() => sharedCountsForProgram(db, p.id));
    log(kind, `one list ${ms(oneList)} ms`);
    // The DTSEN registry: the same people with a decile, hashed with the same key on the way in.
    const registryCsv = Buffer.from(csv.toString("utf8").replace(/^nik,name/, "nik,desil").replace(/,Orang (\d+)$/gm, (_m, n: string) => `,${1 + (Number(n) % 10)}`));
    const [reg, registry] = await timed(() => importRegistry(db, { actorId: null, filename: "dtsen.csv", bytes: registryCsv, skipInvalid: false, key }));
    if (reg.status !== "saved") throw new Error(`registry refused: ${JSON.stringify(reg.messages.slice(0, 3))}`);
    const [, shares] = await timed(() => registryShares(db, sql`p.status <> 'draft'`));
    log(kind, `registry ${ms(registry)} ms, shares ${ms(shares)} ms`);

    const [agg, pairsSql] = await timed(() =>
      execute<{ pairs: number }>(
        db,
        sql`SELECT count(*)::int AS pairs FROM (
              SELECT x.program_id, y.program_id, count(*) FROM beneficiary_tokens x
              JOIN beneficiary_tokens y ON y.token = x.token AND y.program_id > x.program_id
              GROUP BY x.program_id, y.program_id) s`,
      ),
    );
    const pairs = Number(agg.rows[0]?.pairs ?? 0);
    log(kind, `all pairs (SQL) ${ms(pairsSql)} ms, ${pairs} pairs`);
    let pairsFull: number | null = null;
    if (pairs <= 300_000) {
      const [, t] = await timed(() => sharedCountsByProgramPair(db));
      pairsFull = t;
      log(kind, `all pairs with names ${ms(t)} ms`);
    }
    return { db: kind === "postgres" ? "PostgreSQL 15" : "PGlite (embedded)", load, upload, persons: saved.personCount, pairsSql, pairs, pairsFull, oneList, registry, shares };
  } finally {
    await handle.close();
    if (drop) await drop();
  }
}

async function main() {
  const kinds = (opts.only ? [opts.only] : ["postgres", "pglite"]) as ("postgres" | "pglite")[];
  const rows: Row[] = [];
  for (const k of kinds) rows.push(await run(k));
  const out = [
    `Beneficiary lists: ${TOKENS.toLocaleString("en")} tokens in ${PROGRAMS.toLocaleString("en")} programs (shared fraction ${SHARED}); upload of a ${LIST_ROWS.toLocaleString("en")}-row list. ${os.cpus().length} CPUs, Node ${process.version}.`,
    "",
    `| database | load (not timed by the issue) | upload 10,000 rows (≤ 5 s) | all pairs, SQL (≤ 60 s) | program pairs sharing people | all pairs with names, as the CLI | one new list vs all (≤ 1 s) | DTSEN import, ${LIST_ROWS.toLocaleString("en")} rows | targeting shares, all lists |`,
    "|---|---|---|---|---|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${r.db} | ${(r.load / 1000).toFixed(1)} s | ${ms(r.upload)} ms (${r.persons} people) | ${(r.pairsSql / 1000).toFixed(2)} s | ${r.pairs.toLocaleString("en")} | ${r.pairsFull === null ? "not run (too many pairs to print)" : `${(r.pairsFull / 1000).toFixed(2)} s`} | ${ms(r.oneList)} ms | ${ms(r.registry)} ms | ${ms(r.shares)} ms |`,
    ),
  ];
  console.log(out.join("\n"));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
