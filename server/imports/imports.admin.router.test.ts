import ExcelJS from "exceljs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { companies, forumMembers, programs } from "@/db/schema";
import { AREAS, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { callerFor, createTestDatabase, runJobsUntilIdle } from "@/server/test/harness";
import { csvUpload as csv, pmtRow as row } from "./import.fixtures";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
});
afterAll(() => h?.close());

describe(`imports by admins (${process.env.TEST_DB_KIND})`, () => {
  it("lets an admin import an XLSX file for managed companies, creating unknown ones in the admin's forum", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Program");
    ws.addRow([
      "ref",
      "company",
      "title",
      "description",
      "sector",
      "target_group",
      "locations",
      "start_date",
      "end_date",
      "budget_idr",
      "beneficiaries",
    ]);
    const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));
    ws.addRow([
      "BETA-X1",
      "PT Beta Sawit",
      "Sumur bor desa Kaliorang",
      "Pembangunan dua sumur bor air bersih untuk warga desa.",
      "infrastructure",
      "general_public",
      AREAS.kutimVillage,
      d(2026, 3, 1),
      d(2026, 8, 31),
      400_000_000,
      300,
    ]);
    ws.addRow([
      "NEW-1",
      "PT Baru Sejahtera",
      "Pelatihan UMKM olahan ikan",
      "Pelatihan dan pendampingan UMKM olahan ikan bagi ibu rumah tangga.",
      "Ekonomi",
      "Pelaku UMKM",
      AREAS.kukarVillage,
      "2026-04-01",
      "2026-10-31",
      "75.000.000",
      "40",
    ]);
    const file = { filename: "program.xlsx", contentBase64: Buffer.from(await wb.xlsx.writeBuffer()).toString("base64") };

    // A regency admin does not manage the provincial forum's PT Beta Sawit.
    const kutim = await (await as("adminKutim")).imports.start(file);
    expect(kutim.status === "invalid" && kutim.errors).toEqual([
      { row: 2, field: "company", column: "company", message: "errors.companyUnknown" },
    ]);

    const admin = await as("admin");
    const started = await admin.imports.start(file);
    expect(started.status).toBe("started");
    if (started.status !== "started") return;
    await runJobsUntilIdle(h.db);
    expect(await admin.imports.status({ id: started.jobId })).toMatchObject({ status: "done", imported: 2, companiesCreated: 1 });
    const [created] = await h.db.select().from(companies).where(eq(companies.name, "PT Baru Sejahtera"));
    expect(created).toBeDefined();
    expect(
      await h.db
        .select({ j: forumMembers.jurisdiction })
        .from(forumMembers)
        .where(eq(forumMembers.companyId, created?.id ?? "")),
    ).toEqual([{ j: "64" }]);
    const [beta] = await h.db.select().from(programs).where(eq(programs.ref, "BETA-X1"));
    expect(beta).toMatchObject({
      companyId: fx.companies.b,
      startDate: "2026-03-01",
      endDate: "2026-08-31",
      status: "submitted",
      createdBy: fx.users.admin.userId,
    });
  });

  it("requires the company column from admins", async () => {
    const result = await (await as("admin")).imports.start(csv(row("ADM-1")));
    expect(result.status === "invalid" && result.errors).toEqual([
      { row: 2, field: "company", column: "perusahaan", message: "errors.required" },
    ]);
  });
});
