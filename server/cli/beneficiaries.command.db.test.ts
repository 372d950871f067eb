import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execute } from "@/db/client";
import { auditLog, beneficiaryLists, beneficiaryTokens, registryTokens } from "@/db/schema";
import { importBeneficiaryList, ListForbiddenError } from "@/server/beneficiaries/import.service";
import { getBeneficiaryKey, nikToken } from "@/server/beneficiaries/key";
import { deleteExpiredBeneficiaryLists } from "@/server/beneficiaries/retention";
import { sharedCountsForProgram, sharedRowsOfProgram } from "@/server/beneficiaries/shared.queries";
import { viewOwnSharedRows, viewSharedCounts } from "@/server/beneficiaries/view.service";
import { deleteExpiredRows } from "@/server/jobs/handlers/retention";
import { setBeneficiaryRetentionYears } from "@/server/settings/settings.queries";
import { AREAS, insertProgram, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { createTestDatabase } from "@/server/test/harness";
import { runBeneficiaryImport, runBeneficiaryOverlaps, runBeneficiaryRegistry } from "./beneficiaries.command";
import { EXIT } from "./cli-io";

// A key for this test process only (the command reads BENEFICIARY_KEY like the app).
process.env.BENEFICIARY_KEY = randomBytes(32).toString("base64");

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const dir = mkdtempSync(path.join(tmpdir(), "csr-benef-"));
const programIds: Record<string, string> = {};

// Valid NIKs: Palaran (64.72.01) and Kaliorang (64.08.10); women with day + 40.
const P = {
  p1: "6472011203900001",
  p2: "6472015203900002",
  p3: "6408100101800003",
  p4: "6408104506950004",
  p5: "6472012902000005",
  p6: "6472010101010006",
};
const INVALID = { short: "647201120390001", feb30: "6472013002900007", district: "6472991203900008", letters: "6472O11203900009" };

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  const a = fx.companies.a;
  const b = fx.companies.b;
  programIds.A1 = await insertProgram(h.db, { companyId: a, ref: "A-1", status: "in_progress", areas: [AREAS.samarindaWard] });
  programIds.A2 = await insertProgram(h.db, { companyId: a, ref: "A-2", status: "approved", areas: [AREAS.samarindaWard] });
  programIds.B1 = await insertProgram(h.db, { companyId: b, ref: "B-1", status: "completed", areas: [AREAS.kutimVillage] });
  programIds.B2 = await insertProgram(h.db, { companyId: b, ref: "B-2", status: "completed", areas: [AREAS.kutimVillage] });
});
afterAll(async () => {
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

function csvFile(name: string, lines: string[]) {
  const file = path.join(dir, name);
  writeFileSync(file, "\uFEFF" + lines.join("\r\n") + "\r\n");
  return file;
}

async function run(fn: (ctx: Parameters<typeof runBeneficiaryImport>[0]) => Promise<number>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await fn({ io: { out: (l) => out.push(l), err: (l) => err.push(l) }, lang: "id", open: async () => ({ db: h.db, close: async () => undefined }) });
  return { code, out, err };
}
const importCli = (file: string, company: string, ref: string, skipInvalid = false) => run((ctx) => runBeneficiaryImport(ctx, file, { company, ref, skipInvalid }));

const countTokens = async () => (await h.db.select({ n: sql<number>`count(*)::int` }).from(beneficiaryTokens))[0]?.n ?? 0;
const auditActions = async () => (await h.db.select({ action: auditLog.action }).from(auditLog)).map((r) => r.action);

const A1_LINES = [
  "nik,name,kk,village",
  `${P.p1},Ani,6472010101010001,`,
  `${P.p2},Budi,,`,
  `"6472 0112 0390 0001",Ani lagi,,`,
  `${INVALID.short},Cici,,`,
  `${INVALID.feb30},Dedi,,`,
  `${INVALID.district},Eka,,`,
  `${INVALID.letters},Fajar,,`,
  `64.08.10.450695.0004,Gita,6472,64.72.01.1001`,
  `${P.p5},Hadi,,Rawa Makmur`,
  `${P.p3},,,Desa Tidak Ada`,
];

describe(`csr beneficiaries (${process.env.TEST_DB_KIND})`, () => {
  it("refuses a list with invalid NIKs, reporting each by row with the fix, and saves nothing", async () => {
    const file = csvFile("a1.csv", A1_LINES);
    const { code, out, err } = await importCli(file, "PT Alfa Tambang", "A-1");
    expect(code).toBe(EXIT.usage);
    expect(out).toEqual([]);
    expect(err).toContain("row 5, nik: error: NIK 6472… harus 16 angka; tertulis 15. Periksa angka yang hilang atau berlebih.");
    expect(err.find((l) => l.startsWith("row 6, nik: error:"))).toContain("(300290)");
    expect(err.find((l) => l.startsWith("row 7, nik: error:"))).toContain("647299");
    expect(err.find((l) => l.startsWith("row 8, nik: error:"))).toContain("'O'");
    expect(err).toContain("row 4, nik: warning: Orang yang sama sudah ada di baris 2; dihitung sekali.");
    expect(err.at(-1)).toMatch(/10 rows, 4 with an invalid NIK; nothing saved \(--skip-invalid/);
    expect(await countTokens()).toBe(0);
    expect(await auditActions()).toContain("beneficiaries.import_rejected");
    // No whole NIK is ever printed.
    for (const nik of [...Object.values(P), INVALID.feb30, INVALID.district]) expect(err.join("\n")).not.toContain(nik);
  });

  it("--skip-invalid saves the valid rows once each, with villages by code or by name", async () => {
    const file = csvFile("a1.csv", A1_LINES);
    const { code, out, err } = await importCli(file, "PT Alfa Tambang", "A-1", true);
    expect(code).toBe(EXIT.ok);
    expect(out).toEqual(["Saved 5 people for PT Alfa Tambang A-1 from a1.csv (10 rows, 1 duplicate rows counted once, 4 invalid rows left out)."]);
    expect(err.some((l) => l.startsWith("row 9, kk: warning:"))).toBe(true);
    expect(err.some((l) => l.startsWith("row 11, village: warning:") && l.includes("'Desa Tidak Ada'"))).toBe(true);
    const rows = await h.db.select().from(beneficiaryTokens).where(eq(beneficiaryTokens.programId, programIds.A1 ?? ""));
    expect(rows).toHaveLength(5);
    const byRow = new Map(rows.map((r) => [r.row, r]));
    expect(byRow.get(9)?.villageCode).toBe("64.72.01.1001");
    expect(byRow.get(10)?.villageCode).toBe("64.72.01.1001"); // "Rawa Makmur" in the program's area
    expect(byRow.get(2)?.kkToken).not.toBeNull();
    expect(Buffer.from(byRow.get(2)?.token ?? []).equals(nikToken(getBeneficiaryKey(), P.p1))).toBe(true);
    const [list] = await h.db.select().from(beneficiaryLists).where(eq(beneficiaryLists.programId, programIds.A1 ?? ""));
    expect(list).toMatchObject({ rowCount: 10, personCount: 5, duplicateRows: 1, skippedRows: 4, via: "cli", purposeAcknowledged: true });
    expect(await auditActions()).toContain("beneficiaries.import");
  });

  it("reads an XLSX with a title row and Indonesian headers (NIK, Nama, No KK, Desa/Kelurahan)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Penerima");
    ws.addRow(["DAFTAR PENERIMA MANFAAT PROGRAM B-1 TAHUN 2026"]);
    ws.addRow(["No", "NIK", "Nama", "No KK", "Desa/Kelurahan"]);
    for (const [i, nik] of [P.p1, P.p2, P.p3, P.p6].entries()) ws.addRow([i + 1, nik, `Orang ${i + 1}`, "", "Kaliorang"]);
    const file = path.join(dir, "b1.xlsx");
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    const { code, out } = await importCli(file, "pt beta sawit", "B-1");
    expect(code).toBe(EXIT.ok);
    expect(out[0]).toMatch(/^Saved 4 people for pt beta sawit B-1/);
    const rows = await h.db.select({ village: beneficiaryTokens.villageCode }).from(beneficiaryTokens).where(eq(beneficiaryTokens.programId, programIds.B1 ?? ""));
    expect(rows.map((r) => r.village)).toEqual(Array(4).fill(AREAS.kutimVillage));
  });

  it("refuses programs that have not run, unknown programs, and files without an NIK column", async () => {
    const ok = csvFile("ok.csv", ["nik,name", `${P.p1},Ani`]);
    const notRunning = await importCli(ok, "PT Alfa Tambang", "A-2");
    expect(notRunning.code).toBe(EXIT.usage);
    expect(notRunning.err.join("\n")).toContain("program 'A-2' berstatus approved");
    const unknown = await importCli(ok, "PT Alfa Tambang", "A-99");
    expect(unknown.code).toBe(EXIT.usage);
    expect(unknown.err).toEqual(["error: Program 'A-99' milik 'PT Alfa Tambang' tidak ditemukan. Periksa kode program dan nama perusahaan."]);
    const noNik = await importCli(csvFile("tanpa-nik.csv", ["nama,desa", "Ani,Kaliorang"]), "PT Beta Sawit", "B-2");
    expect(noNik.code).toBe(EXIT.usage);
    expect(noNik.err.join("\n")).toContain("Kolom NIK tidak ditemukan");
    expect(await countTokens()).toBe(9);
  });

  it("lets only the owning company's officer upload", async () => {
    const bytes = Buffer.from(["nik,name", `${P.p6},Ani`, `${P.p4},Budi`].join("\n"));
    const program = { id: programIds.B2 ?? "", ref: "B-2", companyId: fx.companies.b, status: "completed" as const };
    await expect(
      importBeneficiaryList(h.db, { program, uploader: { kind: "officer", userId: fx.users.officerA.userId, companyId: fx.companies.a }, filename: "b2.csv", bytes, skipInvalid: false, purposeAcknowledged: true }),
    ).rejects.toBeInstanceOf(ListForbiddenError);
    await expect(
      importBeneficiaryList(h.db, { program, uploader: { kind: "officer", userId: fx.users.officerB.userId, companyId: fx.companies.b }, filename: "b2.csv", bytes, skipInvalid: false, purposeAcknowledged: false }),
    ).rejects.toBeInstanceOf(ListForbiddenError);
    const saved = await importBeneficiaryList(h.db, {
      program,
      uploader: { kind: "officer", userId: fx.users.officerB.userId, companyId: fx.companies.b },
      filename: "b2.csv",
      bytes,
      skipInvalid: false,
      purposeAcknowledged: true,
    });
    expect(saved).toMatchObject({ status: "saved", personCount: 2, invalidRows: 0 });
  });

  it("refuses an upload under another key than the stored lists' (a rotation deletes them first)", async () => {
    const program = { id: programIds.B2 ?? "", ref: "B-2", companyId: fx.companies.b, status: "completed" as const };
    const r = await importBeneficiaryList(h.db, { program, uploader: { kind: "cli" }, filename: "b2.csv", bytes: Buffer.from(`nik,name\n${P.p1},Ani\n`), skipInvalid: false, purposeAcknowledged: true, key: randomBytes(32) });
    expect(r).toMatchObject({ status: "invalid", messages: [{ key: "beneficiaries.keyChanged" }] });
    expect(await sharedRowsOfProgram(h.db, programIds.B2 ?? "")).toEqual([2, 3]); // the earlier list stands
  });

  it("overlaps --json prints only the pairs of programs sharing people, with exact counts", async () => {
    const { code, out, err } = await run((ctx) => runBeneficiaryOverlaps(ctx, true));
    expect(code).toBe(EXIT.ok);
    expect(err).toEqual([]);
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0] ?? "")).toEqual([
      { a: { company: "PT Alfa Tambang", ref: "A-1" }, b: { company: "PT Beta Sawit", ref: "B-1" }, shared: 3 },
      { a: { company: "PT Alfa Tambang", ref: "A-1" }, b: { company: "PT Beta Sawit", ref: "B-2" }, shared: 1 },
      { a: { company: "PT Beta Sawit", ref: "B-1" }, b: { company: "PT Beta Sawit", ref: "B-2" }, shared: 1 },
    ]);
    expect(await auditActions()).toContain("beneficiaries.overlaps_view");
    const forB2 = await sharedCountsForProgram(h.db, programIds.B2 ?? "");
    expect(new Map(forB2.map((r) => [r.programId, r.shared]))).toEqual(
      new Map([
        [programIds.A1, 1],
        [programIds.B1, 1],
      ]),
    );
    // A company sees which of its own rows are shared (rows of its file), nothing of the other list.
    expect(await sharedRowsOfProgram(h.db, programIds.A1 ?? "")).toEqual([2, 3, 9, 11]);
  });

  it("shows a company its own shared rows only, and dashboards counts below 5 as <5, each view audited", async () => {
    const officerA = { userId: fx.users.officerA.userId, companyId: fx.companies.a };
    expect(await viewOwnSharedRows(h.db, officerA, programIds.A1 ?? "")).toEqual([2, 3, 9, 11]);
    await expect(viewOwnSharedRows(h.db, officerA, programIds.B1 ?? "")).rejects.toBeInstanceOf(ListForbiddenError);
    const counts = await viewSharedCounts(h.db, fx.users.reviewer.userId, programIds.A1 ?? "");
    expect(new Map(counts.map((c) => [c.programId, c.shared]))).toEqual(
      new Map([
        [programIds.B1, "<5"],
        [programIds.B2, "<5"],
      ]),
    );
    const views = await h.db.select({ action: auditLog.action, actorId: auditLog.actorId }).from(auditLog).where(sql`${auditLog.action} LIKE 'beneficiaries.view%'`);
    expect(views).toEqual([
      { action: "beneficiaries.view", actorId: fx.users.officerA.userId },
      { action: "beneficiaries.view_counts", actorId: fx.users.reviewer.userId },
    ]);
  });

  it("keeps no NIK and no unkeyed SHA-256 of one in any text, JSON or bytea column of any table", async () => {
    const key = getBeneficiaryKey();
    const cols = await execute<{ schema: string; table: string; column: string; type: string }>(
      h.db,
      sql`SELECT c.table_schema AS schema, c.table_name AS "table", c.column_name AS column, c.data_type AS type
          FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
          WHERE t.table_type = 'BASE TABLE' AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
            AND c.data_type IN ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED')`,
    );
    expect(cols.rows.some((c) => c.table === "beneficiary_tokens" && c.column === "token")).toBe(true);
    const hits = async (needles: string[]) => {
      const found: string[] = [];
      for (const c of cols.rows) {
        const ident = sql.raw(`"${c.schema}"."${c.table}"`);
        const col = sql.raw(`"${c.column}"`);
        const asText = c.type === "bytea" ? sql`encode(${col}, 'hex')` : sql`lower(${col}::text)`;
        const conditions = sql.join(
          needles.map((n) => sql`${asText} LIKE ${`%${n}%`}`),
          sql` OR `,
        );
        const res = await execute<{ n: number }>(h.db, sql`SELECT count(*)::int AS n FROM ${ident} WHERE ${conditions}`);
        if (Number(res.rows[0]?.n) > 0) found.push(`${c.schema}.${c.table}.${c.column}`);
      }
      return found;
    };
    const niks = [...Object.values(P), ...Object.values(INVALID)];
    const forbidden = niks.flatMap((nik) => [
      nik.toLowerCase(),
      createHash("sha256").update(nik).digest("hex"),
      Buffer.from(nik).toString("hex"),
    ]);
    expect(await hits(forbidden)).toEqual([]);
    // The scan does see the bytea columns: the keyed token of a saved person is found there.
    expect(await hits([nikToken(key, P.p1).toString("hex")])).toEqual(["public.beneficiary_tokens.token"]);
  });

  it("deletes lists a set number of years after their program ended, with their tokens, from the daily retention job", async () => {
    const old = await insertProgram(h.db, { companyId: fx.companies.a, ref: "A-OLD", status: "completed", areas: [AREAS.samarindaWard], startDate: "2021-01-01", endDate: "2021-12-31" });
    const program = { id: old, ref: "A-OLD", companyId: fx.companies.a, status: "completed" as const };
    await importBeneficiaryList(h.db, { program, uploader: { kind: "cli" }, filename: "old.csv", bytes: Buffer.from(`nik,name\n${P.p1},Ani\n`), skipInvalid: false, purposeAcknowledged: true });
    await setBeneficiaryRetentionYears(h.db, 6);
    expect(await deleteExpiredBeneficiaryLists(h.db)).toBe(0);
    await setBeneficiaryRetentionYears(h.db, 2);
    // 2026-12-31 + 2 years is not yet past for the 2026 programs; 2021-12-31 is.
    expect((await deleteExpiredRows(h.db)).beneficiaryLists).toBe(1);
    const left = await h.db.select({ programId: beneficiaryLists.programId }).from(beneficiaryLists);
    expect(left.map((r) => r.programId)).not.toContain(old);
    expect(left).toHaveLength(3);
    expect(await h.db.select().from(beneficiaryTokens).where(eq(beneficiaryTokens.programId, old))).toEqual([]);
    expect(await deleteExpiredBeneficiaryLists(h.db, "2029-01-02")).toBe(3);
    expect(await auditActions()).toContain("beneficiaries.retention_delete");
  });

  it("registry FILE imports the DTSEN deciles as keyed tokens (Indonesian headers, 'Desil 2'), exit 2 on a bad row", async () => {
    const bad = csvFile("dtsen-salah.csv", ["No KTP,Desil", `${P.p1},2`, `${P.p2},sebelas`]);
    const refused = await run((ctx) => runBeneficiaryRegistry(ctx, bad, false));
    expect(refused.code).toBe(EXIT.usage);
    expect(refused.err.join("\n")).toMatch(/row 3, Desil/);
    const good = csvFile("dtsen.csv", ["No KTP,Desil", `"${P.p1.slice(0, 8)} ${P.p1.slice(8)}",Desil 2`, `${P.p3},7`, `${P.p1},2`]);
    const ok = await run((ctx) => runBeneficiaryRegistry(ctx, good, false));
    expect(ok.code).toBe(EXIT.ok);
    const rows = await h.db.select({ token: registryTokens.token, decile: registryTokens.decile }).from(registryTokens);
    expect(rows.map((r) => r.decile).sort()).toEqual([2, 7]);
    expect(rows.some((r) => Buffer.from(r.token).equals(nikToken(getBeneficiaryKey(), P.p1)))).toBe(true);
  });
});
