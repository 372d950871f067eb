import "server-only";
import type { Database } from "@/db/client";
import { isWithin } from "@/server/access/areas";
import { findUnknownAreaCodes } from "@/server/areas/areas.queries";
import { recordAudit } from "@/server/audit/audit";
import type { StaffViewer } from "@/server/auth/viewer";
import { fieldError } from "@/server/errors";
import { ImportFileError } from "@/server/imports/import-errors";
import { chunk } from "@/server/imports/imports.queries";
import { MAX_IMPORT_BYTES } from "@/server/imports/imports.schemas";
import { readSheet } from "@/server/imports/sheet";
import type { Context } from "@/server/trpc/init";
import { upsertIndicators } from "./indicators.queries";
import {
  readIndicatorRows,
  sortIndicatorErrors,
  type IndicatorRowError,
  type IndicatorValue,
  type ReadIndicatorRows,
} from "./indicators.rows";
import { MAX_INDICATOR_ERRORS_SHOWN, type ImportIndicatorsInput } from "./indicators.schemas";

export interface IndicatorValidation {
  rowCount: number;
  /** Every figure of the file; empty unless every row passed, since an import is all or nothing. */
  values: IndicatorValue[];
  errors: IndicatorRowError[];
}

/**
 * Reads and checks a whole indicator file: the cells row by row, then that every area code is a
 * known area inside the admin's jurisdiction (a regency office cannot overwrite the province's
 * or another regency's figures).
 */
export async function validateIndicatorFile(
  db: Database,
  admin: StaffViewer,
  file: { filename: string; bytes: Uint8Array },
): Promise<IndicatorValidation> {
  let read: ReadIndicatorRows;
  try {
    read = readIndicatorRows(await readSheet(file.filename, file.bytes));
  } catch (err) {
    if (!(err instanceof ImportFileError)) throw err;
    // The sheet reader's "no rows" speaks of programs; this file holds figures.
    const message = err.message === "errors.importEmpty" ? "indicators.errors.empty" : err.message;
    return { rowCount: 0, values: [], errors: [{ row: null, field: null, column: null, message }] };
  }
  const codes = [...new Set(read.areaRows.map((r) => r.areaCode))];
  const unknown = new Set<string>();
  for (const part of chunk(codes, 5000)) for (const c of await findUnknownAreaCodes(db, part)) unknown.add(c);
  const areaErrors: IndicatorRowError[] = read.areaRows.flatMap(({ row, areaCode }): IndicatorRowError[] => {
    const base = { row, field: "area_code" as const, column: read.columnNames.area_code ?? "area_code" };
    if (unknown.has(areaCode)) return [{ ...base, message: "errors.importAreaUnknown", params: { codes: areaCode } }];
    if (!isWithin(areaCode, admin.jurisdiction)) return [{ ...base, message: "errors.outsideJurisdiction" }];
    return [];
  });
  const errors = sortIndicatorErrors([...read.errors, ...areaErrors]);
  return { rowCount: read.rowCount, values: errors.length ? [] : read.values, errors };
}

/**
 * The upload: every error of every row at once and nothing stored, or every figure stored
 * (replacing the same area, year and measure) in one transaction, with counts of new and
 * replaced figures in the answer and the audit log.
 */
export async function importIndicators(ctx: Pick<Context, "db" | "ip">, admin: StaffViewer, input: ImportIndicatorsInput) {
  const bytes = Buffer.from(input.contentBase64, "base64");
  if (bytes.length > MAX_IMPORT_BYTES) throw fieldError("contentBase64", "errors.fileTooLarge");
  const result = await validateIndicatorFile(ctx.db, admin, { filename: input.filename, bytes });
  if (result.errors.length) {
    await recordAudit(ctx.db, {
      actorId: admin.userId,
      action: "indicator.import_rejected",
      ip: ctx.ip,
      details: { filename: input.filename, rows: result.rowCount, errors: result.errors.length },
    });
    return {
      status: "invalid" as const,
      rowCount: result.rowCount,
      errorCount: result.errors.length,
      errors: result.errors.slice(0, MAX_INDICATOR_ERRORS_SHOWN),
    };
  }
  const counts = await ctx.db.transaction(async (tx) => {
    const c = await upsertIndicators(tx, result.values, admin.userId);
    await recordAudit(tx, {
      actorId: admin.userId,
      action: "indicator.import",
      ip: ctx.ip,
      details: { filename: input.filename, rows: result.rowCount, figures: result.values.length, created: c.created, updated: c.updated },
    });
    return c;
  });
  return { status: "imported" as const, rowCount: result.rowCount, figures: result.values.length, ...counts };
}
