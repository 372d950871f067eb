import "server-only";
import type { DbOrTx } from "@/db/client";
import { areaCodeSchema } from "@/server/programs/programs.schemas";
import { findUnknownAreaCodes } from "@/server/areas/areas.queries";
import type { StaffViewer } from "@/server/auth/viewer";
import { IMPORT_FIELDS, type ImportField } from "./columns";
import type { RowError } from "./import-errors";
import { chunk, normalizeCompanyName, findCompaniesByName, findTakenRefs } from "./imports.queries";
import type { ParsedRow } from "./rows";

/** Who imports, which decides whose programs a file may hold and where new companies go. */
export type Importer =
  | { kind: "officer"; userId: string; companyId: string; companyName: string }
  /** An admin: for the companies named in the file, or for one company they manage (`onBehalf`). */
  | { kind: "admin"; userId: string; admin: StaffViewer; onBehalf?: { id: string; name: string } }
  /** The command line: any company; new ones join the forum of the home province. */
  | { kind: "system"; forum: string };

export type CompanyTarget = { id: string } | { newName: string };

/** A row ready to save. */
export interface PlannedRow {
  row: number;
  company: CompanyTarget;
  program: NonNullable<ParsedRow["program"]>;
  /** The company's draft (or program sent back for revision) the row replaces. */
  updateId?: string | null;
  replacedStatus?: "draft" | "revision_requested" | null;
}

const isAreaCode = (c: string) => areaCodeSchema.safeParse(c).success;

async function resolveCompanies(
  db: DbOrTx,
  importer: Importer,
  rows: ParsedRow[],
  fail: (r: ParsedRow, f: ImportField, m: string) => void,
) {
  const target = new Map<number, CompanyTarget>();
  if (importer.kind === "officer") {
    const own = normalizeCompanyName(importer.companyName);
    for (const r of rows) {
      if (r.company && normalizeCompanyName(r.company) !== own) fail(r, "company", "errors.importCompanyMismatch");
      else target.set(r.row, { id: importer.companyId });
    }
    return target;
  }
  const named = rows.filter((r) => r.company);
  const found = new Map(
    (
      await findCompaniesByName(
        db,
        named.map((r) => r.company),
        importer.kind === "admin" ? importer.admin : null,
      )
    ).map((c) => [c.key, c]),
  );
  for (const r of named) {
    const company = found.get(normalizeCompanyName(r.company));
    if (company && !company.isManaged) fail(r, "company", "errors.companyUnknown");
    else if (company) target.set(r.row, { id: company.id });
    else if (r.company.length < 2 || r.company.length > 200) fail(r, "company", "errors.companyNameLength");
    else target.set(r.row, { newName: r.company });
  }
  return target;
}

/**
 * The checks that need the database: every location is a known area; the company is the
 * officer's own, or one the admin manages (or a new one); each ref is used once per company in
 * the file and not yet by that company.
 */
export async function checkImportRows(db: DbOrTx, importer: Importer, rows: ParsedRow[]) {
  const errors: RowError[] = [];
  const fail = (r: ParsedRow, field: ImportField, message: string, params?: Record<string, string>) =>
    errors.push({ row: r.row, field, column: null, message, ...(params ? { params } : {}) });

  const codes = [...new Set(rows.flatMap((r) => r.areaCodes.filter(isAreaCode)))];
  const unknown = new Set<string>();
  for (const part of chunk(codes, 5000)) for (const c of await findUnknownAreaCodes(db, part)) unknown.add(c);
  for (const r of rows) {
    const missing = r.areaCodes.filter((c) => unknown.has(c));
    if (missing.length) fail(r, "locations", "errors.importAreaUnknown", { codes: missing.join("; ") });
  }

  const targets = await resolveCompanies(db, importer, rows, fail);
  const keyOf = (t: CompanyTarget) => ("id" in t ? t.id : "new:" + normalizeCompanyName(t.newName));
  const seen = new Set<string>();
  for (const r of rows) {
    const t = targets.get(r.row);
    if (!t || !r.ref) continue;
    const k = `${keyOf(t)}|${r.ref}`;
    if (seen.has(k)) fail(r, "ref", "errors.importRefDuplicate");
    seen.add(k);
  }
  const existing = rows.flatMap((r) => {
    const t = targets.get(r.row);
    return t && "id" in t && r.ref ? [{ r, id: t.id }] : [];
  });
  const taken = await findTakenRefs(
    db,
    existing.map((e) => e.id),
    existing.map((e) => e.r.ref),
  );
  for (const e of existing) if (taken.has(`${e.id}|${e.r.ref}`)) fail(e.r, "ref", "errors.importRefTaken");

  const plan: PlannedRow[] = rows.flatMap((r) => {
    const company = targets.get(r.row);
    return company && r.program ? [{ row: r.row, company, program: r.program }] : [];
  });
  return { plan, errors };
}

/** Errors in reading order (row, then column), one per row and field, with the file's column names. */
export function sortRowErrors(errors: RowError[], columnNames: Map<ImportField, string>): RowError[] {
  const order = (f: ImportField | null) => (f ? IMPORT_FIELDS.indexOf(f) : -1);
  const seen = new Set<string>();
  return errors
    .map((e) => ({ ...e, column: e.column ?? (e.field ? (columnNames.get(e.field) ?? e.field) : null) }))
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || order(a.field) - order(b.field))
    .filter((e) => {
      const k = `${e.row}|${e.field}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
}
