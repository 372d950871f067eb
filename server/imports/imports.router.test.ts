import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, importJobs, overlapFlags, programAreas, programs } from "@/db/schema";
import { expectTrpcError } from "@/server/test/expect";
import { AREAS, insertProgram, seedFixtures, type Fixtures } from "@/server/test/fixtures";
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

const countPrograms = async () => (await h.db.select({ n: sql<number>`count(*)::int` }).from(programs))[0]?.n ?? 0;

describe(`imports (${process.env.TEST_DB_KIND})`, () => {
  it("refuses anonymous callers, reviewers and viewers", async () => {
    const anon = await callerFor(h.db, null);
    await expectTrpcError(anon.imports.start(csv(row("X-1"))), "UNAUTHORIZED");
    await expectTrpcError(anon.imports.status({ id: "00000000-0000-4000-8000-000000000000" }), "UNAUTHORIZED");
    for (const key of ["reviewer", "viewer"] as const) {
      await expectTrpcError((await as(key)).imports.start(csv(row("X-1"))), "FORBIDDEN");
    }
  });

  it("imports an officer's rows for their own company as submitted programs and checks them for overlaps", async () => {
    const officer = await as("officerA");
    const started = await officer.imports.start(
      csv(row("ALFA-I1"), row("ALFA-I2", { company: "pt alfa tambang", title: "PMT Balita di Rawa Makmur" })),
    );
    expect(started.status).toBe("started");
    if (started.status !== "started") return;
    await runJobsUntilIdle(h.db);
    const job = await officer.imports.status({ id: started.jobId });
    expect(job).toMatchObject({ status: "done", total: 2, processed: 2, imported: 2, companiesCreated: 0, error: null, mode: "submit", totals: { created: 2, updated: 0 } });

    const rows = await h.db
      .select()
      .from(programs)
      .where(inArray(programs.ref, ["ALFA-I1", "ALFA-I2"]));
    expect(rows.map((p) => [p.companyId, p.status])).toEqual([
      [fx.companies.a, "submitted"],
      [fx.companies.a, "submitted"],
    ]);
    expect(rows.every((p) => p.submittedAt !== null && p.budgetIdr === 250_000_000)).toBe(true);
    const areas = await h.db
      .select()
      .from(programAreas)
      .where(
        inArray(
          programAreas.programId,
          rows.map((p) => p.id),
        ),
      );
    expect(areas.map((a) => a.areaCode)).toEqual([AREAS.samarindaWard, AREAS.samarindaWard]);
    // The two near-identical rows flag each other once the checks ran.
    const flags = await h.db
      .select()
      .from(overlapFlags)
      .where(
        and(
          inArray(
            overlapFlags.programAId,
            rows.map((p) => p.id),
          ),
          inArray(
            overlapFlags.programBId,
            rows.map((p) => p.id),
          ),
        ),
      );
    expect(flags).toHaveLength(1);
    expect(job.flags).toBe(1);

    const [audit] = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "program.import"), eq(auditLog.targetId, started.jobId)));
    expect(audit?.details).toEqual({ via: "app", imported: 2, companiesCreated: 0, mode: "submit", updated: 0, skipped: 0 });
    expect(JSON.stringify(audit)).not.toContain("Rawa Makmur"); // counts, never row contents
  });

  it("refuses a row for another company, and imports nothing", async () => {
    const before = await countPrograms();
    const result = await (await as("officerA")).imports.start(csv(row("ALFA-M1"), row("ALFA-M2", { company: "PT Beta Sawit" })));
    expect(result).toMatchObject({ status: "invalid", rowCount: 2, errorCount: 1 });
    if (result.status !== "invalid") return;
    expect(result.errors).toEqual([
      {
        row: 3,
        field: "company",
        column: "perusahaan",
        message: "errors.importCompanyOther",
        params: { value: "PT Beta Sawit", company: "PT Alfa Tambang" },
      },
    ]);
    expect(await countPrograms()).toBe(before);
    const [audit] = await h.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "program.import_rejected"))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(audit?.details).toEqual({ via: "app", rows: 2, errors: 1 });
  });

  it("imports nothing when one row of many fails, and names its row and field", async () => {
    const before = await countPrograms();
    const jobsBefore = await h.db.select({ id: importJobs.id }).from(importJobs);
    const result = await (
      await as("officerA")
    ).imports.start(
      csv(
        row("ALFA-B1"),
        row("ALFA-B2", { start: "2026-02-30" }),
        row("ALFA-B3", { locations: `"${AREAS.samarindaWard};64.99.99.9999"` }),
        row("ALFA-B1"),
      ),
    );
    expect(result.status).toBe("invalid");
    if (result.status !== "invalid") return;
    expect(result.errors.map((e) => [e.row, e.field, e.message])).toEqual([
      [3, "start_date", "errors.importDateImpossible"],
      [4, "locations", "errors.importPlaceUnknown"],
      [5, "ref", "errors.importRefDuplicateRow"],
    ]);
    expect(result.errors[0]?.params).toEqual({ value: "2026-02-30" });
    expect(result.errors[1]?.params).toMatchObject({ place: "64.99.99.9999" });
    expect(result.errors[2]?.params).toEqual({ value: "ALFA-B1", row: "2" });
    expect(await countPrograms()).toBe(before);
    expect(await h.db.select({ id: importJobs.id }).from(importJobs)).toHaveLength(jobsBefore.length);
  });

  it("refuses a ref the company already uses", async () => {
    await insertProgram(h.db, { companyId: fx.companies.a, ref: "ALFA-OLD", areas: [AREAS.kutimVillage] });
    const result = await (await as("officerA")).imports.start(csv(row("ALFA-OLD")));
    expect(result.status === "invalid" && result.errors).toEqual([
      {
        row: 2,
        field: "ref",
        column: "kode_program",
        message: "errors.importRefTakenStatus",
        params: { ref: "ALFA-OLD", status: "@statuses.submitted" },
      },
    ]);
  });

  it("shows a job's progress to its creator only", async () => {
    const started = await (
      await as("officerA")
    ).imports.start(csv(row("ALFA-S1", { title: "Posyandu remaja Rawa Makmur", sector: "Sosial" })));
    if (started.status !== "started") throw new Error("expected a started import");
    await runJobsUntilIdle(h.db);
    for (const key of ["officerA2", "officerB", "admin"] as const) {
      await expectTrpcError((await as(key)).imports.status({ id: started.jobId }), "NOT_FOUND");
    }
  });

  it("refuses a file over 10 MB and a file of another type with a clear message", async () => {
    const officer = await as("officerA");
    const big = await expectTrpcError(
      officer.imports.start({ filename: "besar.csv", contentBase64: "A".repeat(14_000_000) }),
      "BAD_REQUEST",
    );
    expect(big).toEqual({ contentBase64: "errors.fileTooLarge" });
    const xls = await expectTrpcError(officer.imports.start({ filename: "lama.xls", contentBase64: "AAAA" }), "BAD_REQUEST");
    expect(xls).toEqual({ filename: "errors.fileType" });
  });
});
