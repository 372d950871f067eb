import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { indicators, programEvents, programs } from "@/db/schema";
import { createTranslator } from "@/lib/i18n/translate";
import { resolveViewer } from "@/server/auth/viewer";
import { briefTables } from "@/server/brief/brief.tables";
import { exportChart } from "@/server/exports/dashboard.export";
import { exportPrograms } from "@/server/exports/programs.export";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { AREAS, insertProgram, programInput, seedFixtures, type Fixtures } from "@/server/test/fixtures";

// Programs whose budget or beneficiaries are not known yet (null) across every place that adds
// figures up: left out of the sums, never read as 0, and counted as "without" beside each sum.

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);
const M = 1_000_000;

// By hand:          sector     budget  planned  area
//   U1 (A)          health     100 M   50       Samarinda
//   U2 (B)          health     -       30       Samarinda
//   U3 (A)          education  200 M   -        Kutai Timur
//   U4 (B)          education  -       -        Kutai Timur
//   U5 (A)          economy    -       12       Samarinda   (its sector has no budget at all)
//   U6 (C, draft)   economy    -       -        Samarinda   (drafts count nowhere)
beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  const { a, b, c } = fx.companies;
  const y26 = { startDate: "2026-03-01", endDate: "2026-10-31" };
  const add = (ref: string, companyId: string, sector: "health" | "education" | "economy", area: string, budgetIdr: number | null, plannedBeneficiaries: number | null, status: "submitted" | "draft" = "submitted") =>
    insertProgram(h.db, { companyId, ref, sector, areas: [area], ...y26, budgetIdr, plannedBeneficiaries, status });
  const ids = [
    await add("U1", a, "health", AREAS.samarindaWard, 100 * M, 50),
    await add("U2", b, "health", AREAS.samarindaWard, null, 30),
    await add("U3", a, "education", AREAS.kutimVillage, 200 * M, null),
    await add("U4", b, "education", AREAS.kutimVillage, null, null),
    await add("U5", a, "economy", AREAS.samarindaWard, null, 12),
  ];
  await add("U6", c, "economy", AREAS.samarindaWard, null, null, "draft");
  // Each submitted once in March 2026 (WITA), for the brief.
  await h.db.insert(programEvents).values(
    ids.map((programId, i) => ({
      programId,
      action: "submit" as const,
      toStatus: "submitted" as const,
      actorId: fx.users.officerA.userId,
      at: new Date(`2026-03-${String(10 + i).padStart(2, "0")}T09:00:00+08:00`),
    })),
  );
});
afterAll(() => h?.close());

const staff = async () => {
  const v = await resolveViewer(h.db, fx.users.reviewer);
  if (!v || v.role === "officer" || v.role === "viewer") throw new Error("no staff viewer");
  return v;
};

describe(`unknown budgets and beneficiaries (${process.env.TEST_DB_KIND})`, () => {
  it("stores a blank figure from the form as NULL, never 0", async () => {
    const created = await (await as("officerA")).programs.create(programInput({ ref: "U-FORM", budgetIdr: null, plannedBeneficiaries: null }));
    const [row] = await h.db
      .select({ budget: programs.budgetIdr, planned: programs.plannedBeneficiaries })
      .from(programs)
      .where(eq(programs.id, created.id));
    expect(row).toEqual({ budget: null, planned: null });
  });

  it("leaves unknown figures out of the dashboard's sums and counts the programs without them", async () => {
    const d = await (await as("reviewer")).dashboard.summary({});
    expect(d.totals).toMatchObject({ programs: 5, budgetIdr: 300 * M, plannedBeneficiaries: 92, withoutBudget: 3, withoutBeneficiaries: 2 });
    expect(d.bySector.map((s) => [s.key, s.programs, s.budgetIdr, s.withoutBudget, s.plannedBeneficiaries, s.withoutBeneficiaries])).toEqual([
      ["economy", 1, 0, 1, 12, 0],
      ["education", 2, 200 * M, 1, 0, 2],
      ["health", 2, 100 * M, 1, 80, 0],
    ]);
    const samarinda = d.byArea.areas.find((x) => x.key === "64.72");
    expect(samarinda).toMatchObject({ programs: 3, budgetIdr: 100 * M, withoutBudget: 2, plannedBeneficiaries: 92, withoutBeneficiaries: 0 });
    const health = await (await as("reviewer")).dashboard.summary({ sector: "health" });
    expect(health.totals).toMatchObject({ programs: 2, budgetIdr: 100 * M, withoutBudget: 1, withoutBeneficiaries: 0 });
  });

  it("writes an empty cell, never 0, where a chart's bucket has no known figure, and the counts beside", async () => {
    const file = await exportChart(h.db, await staff(), "sector", {}, "csv", "id");
    const lines = String(file.body).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines).toEqual([
      "kode,nama,program,anggaran_rp,rencana_penerima,program_tanpa_anggaran,program_tanpa_jumlah_penerima",
      "economy,Ekonomi,1,,12,1,0",
      "education,Pendidikan,2,200000000,,1,2",
      "health,Kesehatan,2,100000000,80,1,0",
    ]);
  });

  it("exports a program's unknown budget and beneficiaries as empty cells in CSV and XLSX", async () => {
    const viewer = await staff();
    const csv = String((await exportPrograms(h.db, viewer, { sector: "education" }, "csv", "id")).body);
    const rows = csv.replace(/^\uFEFF/, "").trim().split("\r\n").map((l) => l.split(","));
    const header = rows[0] ?? [];
    const budget = header.indexOf("anggaran_rp");
    const planned = budget + 1;
    expect(budget).toBeGreaterThan(0);
    const byRef = Object.fromEntries(rows.slice(1).map((r) => [r[0], [r[budget], r[planned]]]));
    expect(byRef).toEqual({ U3: ["200000000", ""], U4: ["", ""] });

    const xlsx = await exportPrograms(h.db, viewer, { sector: "health" }, "xlsx", "en");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    const heads = (sheet?.getRow(1).values as unknown[]).map(String);
    const col = heads.indexOf("budget_idr");
    expect(col).toBeGreaterThan(0);
    const cells: Record<string, unknown> = {};
    sheet?.eachRow((row, n) => {
      if (n > 1) cells[String(row.getCell(1).value)] = row.getCell(col).value;
    });
    expect(cells).toEqual({ U1: 100 * M, U2: null });
  });

  it("says in the brief how many submissions have no budget or beneficiaries", async () => {
    const brief = await (await as("reviewer")).brief.get({ from: "2026-03-01", to: "2026-03-31" });
    expect(brief.submissions).toMatchObject({ total: 5, withoutBudget: 3, withoutBeneficiaries: 2 });
    const [submissions] = briefTables(brief, createTranslator("id"), "id");
    expect(submissions?.hint).toContain("3 program tanpa anggaran · 2 program tanpa jumlah penerima manfaat; tidak dihitung dalam jumlah.");
    expect(submissions?.rows.find((r) => r.cells[1]?.includes("(U2)"))?.cells[4]).toBe("belum diisi");
  });

  it("gives no rupiah per poor person for an area whose programs state no budget, rather than Rp 0", async () => {
    await h.db.insert(indicators).values([
      { areaCode: "64.72", year: 2025, measure: "poor_people", value: 40_000, source: "BPS Kota Samarinda" },
      { areaCode: "64.08", year: 2025, measure: "poor_people", value: 20_000, source: "BPS Kutai Timur" },
    ]);
    const reviewer = await as("reviewer");
    const economy = await reviewer.targeting.view({ year: 2026, sector: "economy" });
    expect(economy.areas.find((a) => a.code === "64.72")).toMatchObject({
      programs: 1,
      budgetIdr: 0,
      withoutBudget: 1,
      rupiahPerPoorPerson: null,
      beneficiariesPerPoorPerson: 12 / 40_000,
    });
    // Part known: the ratio is over the known budget (200 M of U3, not U4's unknown one).
    const education = await reviewer.targeting.view({ year: 2026, sector: "education" });
    expect(education.areas.find((a) => a.code === "64.08")).toMatchObject({
      programs: 2,
      withoutBudget: 1,
      rupiahPerPoorPerson: 10_000,
      withoutBeneficiaries: 2,
      beneficiariesPerPoorPerson: null,
    });
  });
});
