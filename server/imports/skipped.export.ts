import "server-only";
import type { DbOrTx } from "@/db/client";
import { translateServerMessage } from "@/lib/i18n/server-message";
import { createTranslator } from "@/lib/i18n/translate";
import { notFound } from "@/server/errors";
import { writeTable, type Cell } from "@/server/exports/table";
import { findOwnPreviewJob, type StoredLayout } from "./preview.service";
import { listLeftOutRows } from "./preview.store";

const asciiName = (filename: string) =>
  filename
    .replace(/\.(csv|txt|xlsx)$/i, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .slice(0, 80) || "impor";

/**
 * The rows left out of a preview or import: each with the cells as the file wrote them and a
 * last column, "masalah", with what was wrong in Indonesian (the company's working language),
 * so the file can be fixed and uploaded again. For the preview's creator only.
 */
export async function exportLeftOutRows(db: DbOrTx, userId: string, id: string) {
  const job = await findOwnPreviewJob(db, userId, id);
  if (!job) throw notFound();
  const layout = job.layout as unknown as StoredLayout | null;
  const rows = await listLeftOutRows(db, job.id);
  const t = createTranslator("id");
  const width = Math.max(layout?.headerNames.length ?? 0, ...rows.map((r) => r.cells.length));
  const header = Array.from({ length: width }, (_, i) => layout?.headerNames[i] || `Kolom ${i + 1}`);
  const body: Cell[][] = rows.map((r) => {
    const problems = r.preview.messages.filter((m) => m.level !== "info").map((m) => translateServerMessage(t, "id", m, "errors.invalid"));
    if (problems.length === 0) problems.push(t("importNotes.skippedByChoice"));
    const cells = Array.from({ length: width }, (_, i) => (r.cells[i] ?? null) as Cell);
    return [...cells, problems.join("\n")];
  });
  const file = await writeTable([...header, "masalah"], body, "xlsx", "Baris dilewati");
  return { body: file.body, filename: `${asciiName(job.filename)}-dilewati.xlsx`, rows: rows.length };
}
