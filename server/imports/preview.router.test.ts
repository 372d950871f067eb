import ExcelJS from "exceljs";
import { and, eq, inArray, sql } from "drizzle-orm";
import { GET } from "@/app/api/imports/[id]/skipped/route";
import { resolveViewer } from "@/server/auth/viewer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { programAreas, programs } from "@/db/schema";
import { expectTrpcError } from "@/server/test/expect";
import { insertProgram, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { callerFor, createTestDatabase, runJobsUntilIdle } from "@/server/test/harness";
import { buildMessyXlsx, MESSY_HEADER, rowOfRef, rowOfTitle, upload } from "./messy.fixtures";
import type { ImportPreview, PreviewRow } from "./preview.schemas";
import { isBlocking } from "@/lib/imports/preview-plan";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
let file: Uint8Array;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  file = await buildMessyXlsx();
  // A draft the file's row replaces, a submitted program whose ref the file may not reuse, and
  // another company's sewing course in the same ward and year.
  await insertProgram(h.db, { companyId: fx.companies.a, ref: "ALFA-25-010", status: "draft", title: "UMKM lama", sector: "economy", areas: ["64.74.02.1001"] });
  await insertProgram(h.db, { companyId: fx.companies.a, ref: "ALFA-25-015", status: "submitted", sector: "environment", areas: ["64.74.02.1003"] });
  const beta = await insertProgram(h.db, {
    companyId: fx.companies.b,
    ref: "BETA-JAHIT",
    title: "Pelatihan menjahit ibu rumah tangga Gunung Telihan",
    sector: "economy",
    areas: ["64.74.03.1002"],
    startDate: "2025-01-01",
    endDate: "2025-12-31",
    plannedBeneficiaries: 30,
  });
  await h.db.update(programs).set({ description: "Pelatihan menjahit dan bantuan mesin jahit bagi ibu rumah tangga" }).where(eq(programs.id, beta));
});
afterAll(() => h?.close());

async function previewAs(key: keyof Fixtures["users"], extra: { companyId?: string } = {}) {
  const started = await (await as(key)).imports.preview({ ...upload(file), ...extra });
  if (started.status !== "ready") throw new Error(`preview not ready: ${JSON.stringify(started)}`);
  return started.previewId;
}

async function allRows(key: keyof Fixtures["users"], id: string): Promise<{ preview: ImportPreview; byRow: Map<number, PreviewRow> }> {
  const preview = await (await as(key)).imports.getPreview({ id, pageSize: 500 });
  return { preview, byRow: new Map(preview.rows.map((r) => [r.row, r])) };
}

const keysOf = (r: PreviewRow | undefined, level?: string) => (r?.messages ?? []).filter((m) => !level || m.level === level).map((m) => m.message);
const companyAPrograms = async () =>
  (await h.db.select({ n: sql<number>`count(*)::int` }).from(programs).where(eq(programs.companyId, fx.companies.a)))[0]?.n ?? 0;

const ERROR_ROWS = [
  rowOfRef("ALFA-25-005", 1), // the same ref twice
  rowOfRef("ALFA-25-009"), // "Pndidikan"
  rowOfRef("ALFA-25-011"), // "100 KK"
  rowOfRef("BETA-25-001"), // another company
  rowOfRef("ALFA-25-014"), // no target group
  rowOfRef("ALFA-25-015"), // ref of a submitted program
  rowOfRef("ALFA-25-016"), // "Xyzabc"
  rowOfRef("ALFA-25-021"), // 31/02/2025
  rowOfRef("ALFA-25-022"), // "1,5" rupiah
  rowOfRef("ALFA-25-023"), // "Lain-lain": no sector
  rowOfRef("ALFA-25-027"), // title "PMT"
  rowOfRef("ALFA-25-031"), // December to March
];

describe(`import preview of a messy company plan (${process.env.TEST_DB_KIND})`, () => {
  let id: string;
  let savedRefs: string[] = [];

  it("reads every row as the company wrote it, and saves nothing", async () => {
    const before = await companyAPrograms();
    id = await previewAs("officerA");
    const { preview, byRow } = await allRows("officerA", id);
    expect(await companyAPrograms()).toBe(before);
    expect(preview).toMatchObject({ status: "ready", companyName: "PT Alfa Tambang", jobId: null, filtered: 32 });
    expect(preview.counts).toMatchObject({ rows: 32, error: ERROR_ROWS.length, update: 1, create: 31 });
    expect([...byRow.values()].filter((r) => r.status === "error").map((r) => r.row)).toEqual([...ERROR_ROWS].sort((a, b) => a - b));
    // The title row, headings and the JUMLAH line are not programs; the file says so.
    expect(preview.fileErrors.map((m) => [m.message, m.params?.rows])).toEqual(
      expect.arrayContaining([
        ["importNotes.rowsLeftOut_heading", "7, 12, 18, 23"],
        ["importNotes.rowsLeftOut_total", "43"],
      ]),
    );

    const lansia = byRow.get(rowOfRef("ALFA-25-001"));
    expect(lansia).toMatchObject({
      status: "ok",
      action: "create",
      sector: "health", // from the heading "A. BIDANG KESEHATAN"
      targetGroupText: "lansia",
      targetGroup: "elderly",
      targetGroupInferred: true,
      areas: [{ code: "64.74.01.1004" }],
      startDate: "2025-03-01",
      endDate: "2025-12-31",
      budgetIdr: 150_000_000,
      plannedBeneficiaries: 120,
    });
    expect(lansia?.messages.find((m) => m.message === "importNotes.targetInferred")).toMatchObject({
      level: "info",
      params: { term: "lansia", category: "@targetGroups.elderly" },
    });

    const stunting = byRow.get(rowOfRef("ALFA-25-002"));
    expect(stunting).toMatchObject({ status: "warning", areas: [], budgetIdr: 250_000_000, startDate: "2025-01-01", endDate: "2025-12-31" });
    expect(stunting?.placeAsks).toHaveLength(1);
    expect(stunting?.placeAsks[0]?.candidates.map((c) => c.code).sort()).toEqual(["64.02.06.1008", "64.02.12.2008", "64.09.01.1006"]);
    expect(stunting?.messages.find((m) => m.field === "locations")).toMatchObject({ level: "warning", message: "errors.importPlaceAmbiguous", params: { place: "Kampung Baru", count: "3" } });

    expect(byRow.get(rowOfRef("ALFA-25-003"))).toMatchObject({ status: "ok", areas: [{ code: "64.72.01.1001" }], budgetIdr: 1_500_000_000, plannedBeneficiaries: 500, startDate: "2025-06-01", endDate: "2025-06-30" });
    const sunat = byRow.get(rowOfRef("ALFA-25-004"));
    expect(sunat).toMatchObject({ status: "ok", budgetIdr: null, plannedBeneficiaries: null, startDate: "2025-07-01", endDate: "2025-07-31" });
    expect(keysOf(sunat, "info")).toEqual(expect.arrayContaining(["importNotes.budgetBlank", "importNotes.descriptionComposed"]));
    expect(sunat?.description.length).toBeGreaterThanOrEqual(20);
    expect(byRow.get(rowOfRef("ALFA-25-005"))).toMatchObject({ status: "ok", sector: "education", areas: [{ code: "64.08.10.2001" }] });
    expect(byRow.get(rowOfRef("ALFA-25-006"))).toMatchObject({ areas: [{ code: "64.02.16.2003" }], budgetIdr: 75_000_000 });
    expect(byRow.get(rowOfRef("ALFA-25-005", 1))?.messages.find((m) => m.level === "error")).toMatchObject({
      field: "ref",
      message: "errors.importRefDuplicateRow",
      params: { value: "ALFA-25-005", row: String(rowOfRef("ALFA-25-005")) },
    });
    const typo = byRow.get(rowOfRef("ALFA-25-008"));
    expect(typo).toMatchObject({ status: "warning", areas: [{ code: "64.74.01.1004" }] });
    expect(keysOf(typo, "warning")).toContain("importNotes.place_spelling");
    expect(byRow.get(rowOfRef("ALFA-25-009"))?.messages.find((m) => m.level === "error")).toMatchObject({ field: "sector", message: "errors.importSectorUnknown", params: { value: "Pndidikan" } });
    expect(byRow.get(rowOfRef("ALFA-25-010"))).toMatchObject({ action: "update", sector: "economy", targetGroup: "msme" });
    expect(keysOf(byRow.get(rowOfRef("ALFA-25-011")), "error")).toEqual(["errors.importCountUnit"]);
    expect(byRow.get(rowOfRef("BETA-25-001"))?.messages.find((m) => m.level === "error")).toMatchObject({
      field: "company",
      message: "errors.importCompanyOther",
      params: { value: "PT Beta Sawit", company: "PT Alfa Tambang" },
    });
    expect(keysOf(byRow.get(rowOfRef("ALFA-25-014")), "error")).toEqual(["errors.targetGroupRequired"]);
    expect(byRow.get(rowOfRef("ALFA-25-015"))?.messages.find((m) => m.level === "error")).toMatchObject({
      message: "errors.importRefTakenStatus",
      params: { ref: "ALFA-25-015", status: "@statuses.submitted" },
    });
    expect(byRow.get(rowOfRef("ALFA-25-016"))?.messages.find((m) => m.level === "error")).toMatchObject({ message: "errors.importPlaceUnknown", params: { place: "Xyzabc" } });
    expect(byRow.get(rowOfRef("ALFA-25-017"))).toMatchObject({ sector: "infrastructure", budgetIdr: 2_500_000_000 });
    expect(byRow.get(rowOfRef("ALFA-25-018"))).toMatchObject({ sector: "infrastructure", startDate: "2025-10-01", endDate: "2025-10-31" });
    expect(byRow.get(rowOfRef("ALFA-25-019"))).toMatchObject({ sector: "disaster", targetGroup: "disaster_victims" });
    expect(keysOf(byRow.get(rowOfRef("ALFA-25-021")), "error")).toEqual(["errors.importDateImpossible"]);
    expect(keysOf(byRow.get(rowOfRef("ALFA-25-022")), "error")).toEqual(["errors.importRupiahAmbiguous"]);
    expect(byRow.get(rowOfTitle("Festival Budaya Pesisir"))?.ref).toMatch(/^IMP-[2-9A-Z]{8}$/);
    expect(byRow.get(rowOfRef("ALFA-25-026"))).toMatchObject({ status: "warning", areas: [{ code: "64.09.01.1006" }], targetGroup: null });
    expect(keysOf(byRow.get(rowOfRef("ALFA-25-026")), "warning")).toEqual(["importNotes.targetUnknown"]);
    expect(keysOf(byRow.get(rowOfRef("ALFA-25-027")), "error")).toEqual(["errors.importTitleLength"]);
    const sewing = byRow.get(rowOfRef("ALFA-25-028"));
    expect(sewing?.description).toContain("Keterangan: Dana sharing dengan Pemkot");
    expect(sewing?.overlaps.map((o) => [o.title, o.companyName])).toEqual([["Pelatihan menjahit ibu rumah tangga Gunung Telihan", "PT Beta Sawit"]]);
    expect(sewing?.status).toBe("warning");
    expect(byRow.get(rowOfRef("ALFA-25-029"))).toMatchObject({ startDate: "2025-01-01", endDate: "2026-12-31" });
    expect(byRow.get(rowOfRef("ALFA-25-030"))).toMatchObject({ startDate: "2025-01-01", endDate: "2025-12-31", budgetIdr: 300_000_000, targetGroup: "poor_households" });
    expect(keysOf(byRow.get(rowOfRef("ALFA-25-031")), "error")).toEqual(["errors.importDateOrder"]);
    expect(byRow.get(rowOfRef("ALFA-25-032"))).toMatchObject({ status: "ok", budgetIdr: null, plannedBeneficiaries: null });
  });

  it("pages and filters the rows, and shows a preview to its creator only", async () => {
    const officer = await as("officerA");
    const errors = await officer.imports.getPreview({ id, filter: "errors", pageSize: 10, page: 2 });
    expect(errors).toMatchObject({ filtered: ERROR_ROWS.length, page: 2 });
    expect(errors.rows.map((r) => r.row)).toEqual([...ERROR_ROWS].sort((a, b) => a - b).slice(10));
    const problems = await officer.imports.getPreview({ id, filter: "problems", pageSize: 100 });
    expect(problems.rows.every((r) => r.status !== "ok")).toBe(true);
    // Every page says which rows block the confirm and how many rows the "problems" filter holds,
    // so the page never reads that filter whole: the same rows as the full rows by the confirm's rule.
    const { preview: whole } = await allRows("officerA", id);
    const blocking = whole.rows.filter(isBlocking).map((r) => r.row);
    expect(blocking).toEqual(expect.arrayContaining(ERROR_ROWS));
    expect(blocking).toContain(rowOfRef("ALFA-25-002"));
    expect(errors.blockingRows).toEqual(blocking);
    expect(errors.counts).toMatchObject({ blocking: blocking.length, problems: problems.filtered });
    expect(errors.companyId).toBe(fx.companies.a);
    expect(problems.filtered).toBeGreaterThan(blocking.length);
    for (const key of ["officerA2", "officerB", "admin"] as const) {
      await expectTrpcError((await as(key)).imports.getPreview({ id }), "NOT_FOUND");
      await expectTrpcError((await as(key)).imports.fixRow({ id, row: rowOfRef("ALFA-25-002"), targetGroup: "children" }), "NOT_FOUND");
      await expectTrpcError((await as(key)).imports.confirm({ id, mode: "draft" }), "NOT_FOUND");
    }
    await expectTrpcError((await as("reviewer")).imports.getPreview({ id }), "FORBIDDEN");
  });

  it("asks for a place rather than guessing, and a chosen candidate settles the row", async () => {
    const officer = await as("officerA");
    const row = rowOfRef("ALFA-25-002");
    expect(await expectTrpcError(officer.imports.fixRow({ id, row, place: { index: 0, code: "64.99.99.9999" } }), "BAD_REQUEST")).toEqual({ place: "errors.importPlaceChoice" });
    const fixed = await officer.imports.fixRow({ id, row, place: { index: 0, code: "64.02.06.1008" } });
    expect(fixed.placeAsks[0]?.chosen).toBe("64.02.06.1008");
    expect(fixed.areas.map((a) => a.code)).toEqual(["64.02.06.1008"]);
    expect(fixed.messages.map((m) => m.message)).not.toContain("errors.importPlaceAmbiguous");
    expect(fixed.status).toBe("ok");
    // The fix is stored: the page reloads it, and the choice survives a second fix of the same row.
    const again = await officer.imports.fixRow({ id, row, targetGroup: "health_workers_cadres" });
    expect(again).toMatchObject({ targetGroup: "health_workers_cadres", targetGroupInferred: false, areas: [{ code: "64.02.06.1008" }] });
    expect((await allRows("officerA", id)).byRow.get(row)).toMatchObject({ targetGroup: "health_workers_cadres", status: "ok" });
    // A sector the app could not read, chosen by the person.
    const sector = await officer.imports.fixRow({ id, row: rowOfRef("ALFA-25-023"), sector: "social" });
    expect(sector).toMatchObject({ sector: "social", status: "ok" });
    // The fixed rows no longer block the confirm.
    const after = await officer.imports.getPreview({ id, pageSize: 10 });
    expect(after.blockingRows).not.toContain(row);
    expect(after.blockingRows).not.toContain(rowOfRef("ALFA-25-023"));
    expect(after.counts.blocking).toBe(after.blockingRows.length);
  });

  it("refuses to confirm while a row with an error is not skipped", async () => {
    const officer = await as("officerA");
    const rest = ERROR_ROWS.filter((r) => r !== rowOfRef("ALFA-25-023"));
    expect(await expectTrpcError(officer.imports.confirm({ id, mode: "draft", skipRows: rest.slice(1) }), "BAD_REQUEST")).toEqual({
      skipRows: "errors.importRowsUnresolved",
    });
    expect((await officer.imports.getPreview({ id })).status).toBe("ready");
  });

  it("keeps a row the person skips on the server: a reload shows it, the download holds it before the confirm", async () => {
    const officer = await as("officerA");
    const kept = rowOfRef("ALFA-25-004");
    const before = await officer.imports.getPreview({ id, pageSize: 10 });
    expect(before.counts).toMatchObject({ skipped: 0, leftOut: before.counts.blocking });
    expect(await officer.imports.fixRow({ id, row: kept, skip: true })).toMatchObject({ row: kept, skipped: true, status: "ok" });
    const { preview, byRow } = await allRows("officerA", id);
    expect(byRow.get(kept)?.skipped).toBe(true);
    expect(byRow.get(rowOfRef("ALFA-25-001"))?.skipped).toBe(false);
    expect(preview.counts).toMatchObject({ skipped: 1, leftOut: before.counts.blocking + 1 });
    const viewer = await resolveViewer(h.db, fx.users.officerA);
    const res = await GET.withResolver(async () => ({ db: h.db, viewer, locale: "id" }))(new Request(`http://localhost/api/imports/${id}/skipped`), {
      params: Promise.resolve({ id }),
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const refs: string[] = [];
    wb.worksheets[0]?.eachRow((r, n) => void (n > 1 && refs.push(String(r.getCell(2).value))));
    expect(refs).toContain("ALFA-25-004");
    // Taken back in; and a blocking row skipped here need not be listed again on confirm.
    expect(await officer.imports.fixRow({ id, row: kept, skip: false })).toMatchObject({ skipped: false });
    await officer.imports.fixRow({ id, row: ERROR_ROWS[0] ?? 0, skip: true });
    expect((await officer.imports.getPreview({ id, pageSize: 10 })).counts).toMatchObject({ skipped: 1, leftOut: before.counts.blocking });
  });

  it("confirms as drafts: blanks stay NULL, the draft with the same ref is replaced, the result lists the programs", async () => {
    const officer = await as("officerA");
    const before = await companyAPrograms();
    const skipRows = ERROR_ROWS.filter((r) => r !== rowOfRef("ALFA-25-023"));
    // What the preview says blocks the confirm is exactly what the confirm needs skipped.
    expect((await officer.imports.getPreview({ id, pageSize: 10 })).blockingRows).toEqual([...skipRows].sort((a, b) => a - b));
    const { jobId } = await officer.imports.confirm({ id, mode: "draft", skipRows: skipRows.filter((r) => r !== ERROR_ROWS[0]) });
    await expectTrpcError(officer.imports.fixRow({ id, row: rowOfRef("ALFA-25-001"), targetGroup: "elderly" }), "CONFLICT");
    await runJobsUntilIdle(h.db);
    const status = await officer.imports.status({ id: jobId });
    const saved = 32 - skipRows.length;
    expect(status).toMatchObject({ status: "done", imported: saved, createdTotal: saved, error: null });
    // The result says how the rows were saved and, across all pages, how many are new and how many replaced a draft.
    expect(status).toMatchObject({ mode: "draft", totals: { created: saved - 1, updated: 1 } });
    expect(status.created.find((c) => c.ref === "ALFA-25-010")).toMatchObject({ action: "update" });
    expect(status.created.filter((c) => c.action === "create")).toHaveLength(saved - 1);
    savedRefs = status.created.map((c) => c.ref);
    expect(await companyAPrograms()).toBe(before + saved - 1);

    const byRef = async (ref: string) => (await h.db.select().from(programs).where(and(eq(programs.companyId, fx.companies.a), eq(programs.ref, ref))))[0];
    expect(await byRef("ALFA-25-004")).toMatchObject({ status: "draft", budgetIdr: null, plannedBeneficiaries: null, createdBy: fx.users.officerA.userId });
    expect(await byRef("ALFA-25-010")).toMatchObject({ status: "draft", title: "Pelatihan UMKM Kuliner", version: 2, targetGroup: "msme" });
    const kampung = await byRef("ALFA-25-002");
    const areas = await h.db.select({ code: programAreas.areaCode }).from(programAreas).where(eq(programAreas.programId, kampung?.id ?? ""));
    expect(areas.map((a) => a.code)).toEqual(["64.02.06.1008"]);
    expect(await byRef("ALFA-25-016")).toBeUndefined();
    await expectTrpcError(officer.imports.confirm({ id, mode: "draft", skipRows }), "CONFLICT");
  });

  it("gives the left-out rows back as XLSX: the file's columns and what was wrong, to its creator only", async () => {
    const download = async (key: keyof Fixtures["users"]) => {
      const viewer = await resolveViewer(h.db, fx.users[key]);
      const serve = GET.withResolver(async () => ({ db: h.db, viewer, locale: "en" }));
      return serve(new Request(`http://localhost/api/imports/${id}/skipped`), { params: Promise.resolve({ id }) });
    };
    expect((await download("officerA2")).status).toBe(404);
    const res = await download("officerA");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("Rencana-CSR-2025-dilewati.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const sheet = wb.worksheets[0];
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([...MESSY_HEADER, "masalah"]);
    const lines = new Map<string, string>();
    sheet?.eachRow((r, n) => {
      if (n > 1) lines.set(String(r.getCell(2).value ?? r.getCell(3).value), String(r.getCell(MESSY_HEADER.length + 1).value));
    });
    expect(lines.size).toBe(ERROR_ROWS.length - 1);
    // In Indonesian whatever the reader's language, naming the value and the fix.
    expect(lines.get("ALFA-25-009")).toBe("'Pndidikan' bukan sektor yang dikenal. Pilih salah satu: Ekonomi, Pendidikan, Kesehatan, Lingkungan, Sosial, Infrastruktur, Kebencanaan.");
    expect(lines.get("BETA-25-001")).toContain("'PT Beta Sawit'");
    expect(lines.get("ALFA-25-016")).toContain("'Xyzabc' tidak ditemukan");
  });

  it("reads the same file again as updates of those drafts, and doubles nothing", async () => {
    const before = await companyAPrograms();
    const again = await previewAs("officerA");
    const { preview, byRow } = await allRows("officerA", again);
    const festival = byRow.get(rowOfTitle("Festival Budaya Pesisir"));
    expect(festival?.action).toBe("update"); // its made ref is the same as the first time
    expect(byRow.get(rowOfRef("ALFA-25-001"))?.action).toBe("update");
    expect(byRow.get(rowOfRef("ALFA-25-016"))?.action).toBe("create"); // skipped the first time
    const skipRows = [...byRow.values()].filter((r) => r.status === "error" || r.placeAsks.some((a) => a.chosen === null)).map((r) => r.row);
    // Every row saved the first time is now an update of its draft (the choices of the first preview are not carried over).
    const updates = [...byRow.values()].filter((r) => r.action === "update" && r.status !== "error").map((r) => r.ref);
    expect(updates.sort()).toEqual(savedRefs.filter((r) => r !== "ALFA-25-023").sort());
    expect(preview.counts.update).toBeGreaterThanOrEqual(savedRefs.length);
    const { jobId } = await (await as("officerA")).imports.confirm({ id: again, mode: "draft", skipRows });
    await runJobsUntilIdle(h.db);
    const status = await (await as("officerA")).imports.status({ id: jobId });
    expect(status).toMatchObject({ status: "done", mode: "draft", totals: { created: 0 } });
    expect(status.totals.updated).toBe(status.createdTotal);
    expect(await companyAPrograms()).toBe(before);
    const refs = await h.db.select({ ref: programs.ref }).from(programs).where(inArray(programs.ref, ["ALFA-25-001", "ALFA-25-010"]));
    expect(refs).toHaveLength(2);
  });
});
