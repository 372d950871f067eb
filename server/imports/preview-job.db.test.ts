import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execute } from "@/db/client";
import { importJobs, importPreviewRows } from "@/db/schema";
import { seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { callerFor, createTestDatabase, runJobsUntilIdle } from "@/server/test/harness";
import { buildMessyXlsx } from "./messy.fixtures";
import { generateMessyLines, type Village } from "./messy-generate";
import { INLINE_PREVIEW_ROWS } from "./preview.service";
import { runPreviewJob } from "./preview-job";
import { MAX_SHEET_DATA_ROWS } from "./imports.schemas";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
});
afterAll(() => h?.close());

const storedRows = async (id: string) =>
  (await h.db.select({ n: sql<number>`count(*)::int` }).from(importPreviewRows).where(eq(importPreviewRows.jobId, id)))[0]?.n ?? 0;

describe(`a large file's preview is read by a job (${process.env.TEST_DB_KIND})`, () => {
  it(`reads ${MAX_SHEET_DATA_ROWS.toLocaleString("en")} rows in batches, shows its progress, and a restart goes on from the last stored batch`, async () => {
    const villages = (
      await execute<Village>(
        h.db,
        sql`SELECT v.name, d.name AS district, r.name AS regency FROM areas v
            JOIN areas d ON d.code = v.parent_code JOIN areas r ON r.code = d.parent_code
            WHERE v.level = 4 AND v.code LIKE '64.74.%' ORDER BY v.code`,
      )
    ).rows;
    const file = await buildMessyXlsx(generateMessyLines(MAX_SHEET_DATA_ROWS, villages));
    const officer = await callerFor(h.db, fx.users.officerA);
    const started = await officer.imports.preview({ filename: "besar.xlsx", contentBase64: Buffer.from(file).toString("base64") });
    expect(started.status).toBe("reading");
    if (started.status !== "reading") return;
    const id = started.previewId;
    expect(MAX_SHEET_DATA_ROWS).toBeGreaterThan(INLINE_PREVIEW_ROWS);
    expect(await officer.imports.getPreview({ id })).toMatchObject({ status: "reading", rows: [], counts: { rows: 0 } });

    // A worker stops after its second batch, as if killed.
    const stop = new AbortController();
    let batches = 0;
    await expect(
      runPreviewJob(h.db, id, "00000000-0000-4000-8000-00000000dead", () => {
        if (++batches === 2) stop.abort();
      }, stop.signal),
    ).rejects.toThrow();
    const half = await officer.imports.getPreview({ id, pageSize: 10 });
    expect(half.status).toBe("reading");
    expect(half.progress).toEqual({ done: 1000, total: MAX_SHEET_DATA_ROWS });
    expect(await storedRows(id)).toBe(1000);
    const [job] = await h.db.select({ file: importJobs.file }).from(importJobs).where(eq(importJobs.id, id));
    expect(job?.file).not.toBeNull(); // kept until read

    // The queue still holds the job: the next worker reads the rest, adding no row twice.
    await runJobsUntilIdle(h.db);
    const done = await officer.imports.getPreview({ id, filter: "problems", pageSize: 500 });
    expect(done).toMatchObject({ status: "ready", progress: { done: MAX_SHEET_DATA_ROWS, total: MAX_SHEET_DATA_ROWS } });
    expect(done.counts.rows).toBe(MAX_SHEET_DATA_ROWS);
    expect(await storedRows(id)).toBe(MAX_SHEET_DATA_ROWS);
    // About 2% of the rows ask for "Kampung Baru", 3% name an unknown sector: none guessed.
    expect(done.counts.error).toBeGreaterThan(MAX_SHEET_DATA_ROWS * 0.02);
    expect(done.rows.some((r) => r.placeAsks.some((a) => a.text === "Kampung Baru" && a.chosen === null))).toBe(true);
    const [after] = await h.db.select({ file: importJobs.file, processed: importJobs.processed }).from(importJobs).where(eq(importJobs.id, id));
    expect(after).toEqual({ file: null, processed: MAX_SHEET_DATA_ROWS });
  }, 300_000);
});
