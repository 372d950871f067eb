import "server-only";
import { DEFAULT_TIME_ZONE, todayIn, type IndonesianTimeZone } from "@/lib/time-zone";
import { createTranslator, type Locale } from "@/lib/i18n/translate";
import type { DbOrTx } from "@/db/client";
import type { Viewer } from "@/server/auth/viewer";
import { INDONESIAN_HEADERS, IMPORT_FIELDS, type ImportField } from "@/server/imports/columns";
import { listPrograms } from "@/server/programs/programs.queries";
import { writeTable, type Cell } from "./table";
import type { ListProgramsInput } from "@/server/programs/programs.schemas";

/**
 * The import's columns, with the target group in words beside its category code (the importer
 * skips a column it does not read; if it learns this one, it is not added twice).
 */
type ExportField = ImportField | "target_group_text";
const EXPORT_FIELDS: readonly ExportField[] = IMPORT_FIELDS.flatMap((f): ExportField[] =>
  f === "target_group" && !(IMPORT_FIELDS as readonly string[]).includes("target_group_text") ? [f, "target_group_text"] : [f],
);
const exportHeaderId = (f: ExportField): string =>
  (INDONESIAN_HEADERS as Partial<Record<ExportField, string>>)[f] ?? "kelompok_sasaran_teks";

/** More than a forum meeting needs; a national export beyond this should be filtered first. */
export const MAX_EXPORT_ROWS = 50_000;

export interface ExportedFile {
  filename: string;
  contentType: string;
  body: Uint8Array<ArrayBuffer> | string;
  rows: number;
  truncated: boolean;
}

/**
 * The filtered program list as the viewer may see it, in the import's columns (so an export can
 * be corrected and imported again) plus status and place names.
 */
export async function exportPrograms(
  db: DbOrTx,
  viewer: Viewer,
  filters: ListProgramsInput,
  format: "csv" | "xlsx",
  locale: Locale,
  /** The viewer's zone: the file name carries the date it is there. */
  zone: IndonesianTimeZone = DEFAULT_TIME_ZONE,
): Promise<ExportedFile> {
  const t = createTranslator(locale);
  const rows: Cell[][] = [];
  let truncated = false;
  for (let page = 1; ; page++) {
    const batch = await listPrograms(db, viewer, { ...filters, page, pageSize: 1000 });
    for (const p of batch.items) {
      const byField: Record<ExportField, Cell> = {
        ref: p.ref,
        company: p.companyName,
        title: p.title,
        description: p.description,
        sector: p.sector,
        target_group: p.targetGroup,
        target_group_text: p.targetGroupText,
        locations: p.areas.map((a) => a.code).join(";"),
        start_date: p.startDate,
        end_date: p.endDate,
        budget_idr: p.budgetIdr,
        beneficiaries: p.plannedBeneficiaries,
      };
      rows.push([...EXPORT_FIELDS.map((f) => byField[f]), t(`statuses.${p.status}`), p.areas.map((a) => a.name).join("; ")]);
    }
    if (rows.length >= MAX_EXPORT_ROWS) {
      truncated = batch.total > MAX_EXPORT_ROWS;
      rows.length = MAX_EXPORT_ROWS;
      break;
    }
    if (batch.items.length < 1000) break;
  }
  const header = [
    ...EXPORT_FIELDS.map((f) => (locale === "id" ? exportHeaderId(f) : f)),
    locale === "id" ? "status" : "status",
    locale === "id" ? "nama_lokasi" : "location_names",
  ];
  const stamp = todayIn(zone);
  const file = await writeTable(header, rows, format, "Program");
  return { ...file, filename: `program-csr-${stamp}.${format}`, rows: rows.length, truncated };
}
