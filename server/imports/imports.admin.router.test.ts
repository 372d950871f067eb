import ExcelJS from "exceljs";
import { and, eq, inArray } from "drizzle-orm";
import { programsListHref } from "@/lib/imports/preview-plan";
import { parseListSearch } from "@/server/programs/programs.schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, companies, forumMembers, programs } from "@/db/schema";
import { expectTrpcError } from "@/server/test/expect";
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
      { row: 2, field: "company", column: "company", message: "errors.importCompanyNotManaged", params: { value: "PT Beta Sawit" } },
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

  it("requires a company for each row from admins who import for no one company", async () => {
    const result = await (await as("admin")).imports.start(csv(row("ADM-1")));
    expect(result.status === "invalid" && result.errors).toEqual([{ row: 2, field: "company", column: "perusahaan", message: "errors.importCompanyMissing" }]);
  });

  it("imports a company's own file on its behalf: its rows, the admin as creator, the company in the audit log", async () => {
    const file = csv(row("GAMMA-1"), row("GAMMA-2", { company: "PT Gamma Kutim", title: "PMT Balita Kaliorang", locations: AREAS.kutimVillage }), row("GAMMA-3", { company: "PT Beta Sawit" }));
    // A regency admin imports only for companies of its own forum.
    await expectTrpcError((await as("adminKutim")).imports.preview({ ...file, companyId: fx.companies.a }), "FORBIDDEN");
    await expectTrpcError((await as("officerA")).imports.preview({ ...file, companyId: fx.companies.b }), "FORBIDDEN");
    const admin = await as("adminKutim");
    const started = await admin.imports.preview({ ...file, companyId: fx.companies.c });
    if (started.status !== "ready") throw new Error("preview not ready");
    const preview = await admin.imports.getPreview({ id: started.previewId });
    expect(preview).toMatchObject({ companyName: "PT Gamma Kutim", companyId: fx.companies.c });
    // The result's link to the company's programs is one the programs list reads as its company filter.
    const link = new URL(programsListHref("admin", preview.companyId), "http://localhost");
    expect(parseListSearch(Object.fromEntries(link.searchParams))).toEqual({ input: { companyId: fx.companies.c }, invalid: [] });
    expect(preview.rows.map((r) => [r.ref, r.status])).toEqual([
      ["GAMMA-1", "ok"],
      ["GAMMA-2", "ok"],
      ["GAMMA-3", "error"],
    ]);
    expect(preview.rows[2]?.messages.find((m) => m.level === "error")).toMatchObject({ message: "errors.importCompanyOther", params: { value: "PT Beta Sawit", company: "PT Gamma Kutim" } });
    const { jobId } = await admin.imports.confirm({ id: started.previewId, mode: "submit", skipRows: [4] });
    await runJobsUntilIdle(h.db);
    expect(await admin.imports.status({ id: jobId })).toMatchObject({ status: "done", imported: 2, mode: "submit", totals: { created: 2, updated: 0 } });
    const saved = await h.db.select().from(programs).where(inArray(programs.ref, ["GAMMA-1", "GAMMA-2", "GAMMA-3"]));
    expect(saved.map((p) => [p.ref, p.companyId, p.status, p.createdBy]).sort()).toEqual([
      ["GAMMA-1", fx.companies.c, "submitted", fx.users.adminKutim.userId],
      ["GAMMA-2", fx.companies.c, "submitted", fx.users.adminKutim.userId],
    ]);
    const [audit] = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "program.import"), eq(auditLog.targetId, jobId)));
    expect(audit).toMatchObject({ actorId: fx.users.adminKutim.userId });
    expect(audit?.details).toEqual({
      via: "app",
      imported: 2,
      companiesCreated: 0,
      mode: "submit",
      updated: 0,
      skipped: 1,
      onBehalfOf: { id: fx.companies.c, name: "PT Gamma Kutim" },
    });
  });
});
