// The import engine's reading (no database) for tests of the readers, templates and exports:
// the real register of areas, the default target-group terms, the home province "64".
import { readAreaRows } from "@/db/seed/regions";
import { DEFAULT_TARGET_TERMS } from "@/lib/target-groups/default-terms";
import { buildPlaceIndex, type PlaceIndex } from "@/server/places/resolve";
import type { SheetRow } from "./cells";
import { readPreviewSheet } from "./preview-read";
import type { PreviewMessage, PreviewRow } from "./preview.schemas";

let index: PlaceIndex | null = null;
export function testPlaceIndex(): PlaceIndex {
  index ??= buildPlaceIndex(readAreaRows().map((a) => ({ code: a.code, parentCode: a.parent_code, level: a.level, name: a.name })));
  return index;
}

export interface TestRead {
  rows: PreviewRow[];
  fileMessages: PreviewMessage[];
  /** Every error, of the file (row null) and of each row, in reading order. */
  errors: { row: number | null; field: string | null; message: string; params?: Record<string, string> }[];
}

/** Reads a sheet as the preview does before the database checks (companies, refs, overlaps). */
export function readForTest(sheet: SheetRow[]): TestRead {
  const read = readPreviewSheet(sheet, { places: testPlaceIndex(), within: ["64"], terms: DEFAULT_TARGET_TERMS }, (r) => r.companyText.toLowerCase());
  const rows = read.rows.map((r) => r.read.preview);
  const errors = [
    ...read.fileMessages.filter((m) => m.level === "error").map((m) => ({ row: null, field: m.field, message: m.message, ...(m.params ? { params: m.params } : {}) })),
    ...rows.flatMap((r) =>
      r.messages.filter((m) => m.level === "error").map((m) => ({ row: r.row, field: m.field, message: m.message, ...(m.params ? { params: m.params } : {}) })),
    ),
  ];
  return { rows, fileMessages: read.fileMessages, errors };
}
