// V1 (issue 8): a 560 KB XLSX that unpacked to 3M rows froze the server for 24.7 s and took it
// to 2.6 GB. Both upload procedures must refuse such files while reading them, and refuse an
// oversized upload in the input schema, before its base64 text is decoded.
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, importJobs, indicators } from "@/db/schema";
import { importIndicatorsSchema } from "@/server/indicators/indicators.schemas";
import { expectTrpcError } from "@/server/test/expect";
import { seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { MAX_IMPORT_BASE64_LENGTH, startImportSchema } from "./imports.schemas";
import { buildZip, deflateRepeated, SHEET_HEAD, SHEET_TAIL, workbookParts } from "./zip.fixtures";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);
let bomb: { filename: string; contentBase64: string };

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  const sheet = await deflateRepeated(SHEET_HEAD, '<row><c t="inlineStr"><is><t>64.08</t></is></c></row>', 3_000_000, SHEET_TAIL);
  const file = buildZip([...workbookParts(), { name: "xl/worksheets/sheet1.xml", data: sheet.deflated, size: sheet.size }]);
  bomb = { filename: "rencana.xlsx", contentBase64: Buffer.from(file).toString("base64") };
});
afterAll(() => h?.close());

/** Runs a call, failing if it took 2 s or more. */
async function quickly<T>(call: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await call();
  expect(performance.now() - started).toBeLessThan(5000); // the unbounded reader took 24.7 s; a loaded CI host needs headroom
  return result;
}

const count = async (table: typeof importJobs | typeof indicators) =>
  (await h.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]?.n ?? 0;

describe(`V1: bounded import uploads (${process.env.TEST_DB_KIND})`, () => {
  it("refuses an XLSX bomb sent to the program import, with the reason, and starts no job", async () => {
    const jobs = await count(importJobs);
    const result = await quickly(async () => (await as("officerA")).imports.start(bomb));
    expect(result).toEqual({
      status: "invalid",
      rowCount: 0,
      errorCount: 1,
      errors: [{ row: null, field: null, column: null, message: "errors.fileUnpackedTooLarge" }],
    });
    expect(await count(importJobs)).toBe(jobs);
    const audit = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, fx.users.officerA.userId), eq(auditLog.action, "program.import_rejected")));
    expect(audit).toHaveLength(1);
  });

  it("refuses the same bomb sent as indicator figures, and a CSV of a million lines at the row limit", async () => {
    const admin = await as("admin");
    const figures = await count(indicators);
    const result = await quickly(() => admin.indicators.import(bomb));
    expect(result).toMatchObject({ status: "invalid", errors: [{ row: null, message: "errors.fileUnpackedTooLarge" }] });
    const lines = {
      filename: "p0.csv",
      contentBase64: Buffer.from(`kode_wilayah,tahun,p0,sumber\n${"6\n".repeat(1_000_000)}`).toString("base64"),
    };
    expect(lines.contentBase64.length).toBeLessThan(MAX_IMPORT_BASE64_LENGTH);
    const many = await quickly(() => admin.indicators.import(lines));
    expect(many).toMatchObject({ status: "invalid", errors: [{ row: null, message: "errors.sheetTooManyRows" }] });
    expect(await count(indicators)).toBe(figures);
    const programs = await quickly(async () => (await as("officerA")).imports.start({ ...lines, filename: "rencana.csv" }));
    expect(programs).toMatchObject({ status: "invalid", errors: [{ row: null, message: "errors.sheetTooManyRows" }] });
  });

  it("refuses an oversized upload in the input schema, on its length alone, before decoding it", async () => {
    // Not base64 at all: were the pattern checked too, it would add a second issue.
    const oversized = { filename: "besar.xlsx", contentBase64: "!".repeat(MAX_IMPORT_BASE64_LENGTH + 1) };
    for (const schema of [startImportSchema, importIndicatorsSchema]) {
      const parsed = schema.safeParse(oversized);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["contentBase64", "errors.fileTooLarge"]]);
    }
    const officer = await as("officerA");
    expect(await expectTrpcError(officer.imports.start(oversized), "BAD_REQUEST")).toEqual({ contentBase64: "errors.fileTooLarge" });
    const admin = await as("admin");
    expect(await expectTrpcError(admin.indicators.import(oversized), "BAD_REQUEST")).toEqual({ contentBase64: "errors.fileTooLarge" });
    // The largest allowed upload still passes the schema.
    expect(startImportSchema.safeParse({ filename: "a.csv", contentBase64: "A".repeat(MAX_IMPORT_BASE64_LENGTH) }).success).toBe(true);
  });
});
