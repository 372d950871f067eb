import "server-only";
import { and, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { programs, type ProgramStatus } from "@/db/schema";
import type { PlaceIndex } from "@/server/places/resolve";
import type { Thesaurus } from "@/server/overlaps/thesaurus";
import type { CompanyTarget, Importer } from "./importer";
import { chunk, findCompaniesByName, normalizeCompanyName } from "./imports.queries";
import type { PreviewRow } from "./preview.schemas";
import type { ImportField } from "./columns";
import { createProgramSchema } from "@/server/programs/programs.schemas";
import { findPreviewOverlaps, type OverlapProbe } from "./preview-overlaps";
import type { ReadRow } from "./row-read";

/** A row after the database checks: where it goes and what it replaces. */
export interface CheckedRow extends ReadRow {
  target: CompanyTarget | null;
  /** The company's draft (or program sent back for revision) with this ref, which the row replaces. */
  updateId: string | null;
  updateStatus: "draft" | "revision_requested" | null;
}

/** The company a whole file belongs to: an officer's own, or the one an admin imports for. */
export const fileCompanyOf = (importer: Importer): { id: string; name: string } | null =>
  importer.kind === "officer" ? { id: importer.companyId, name: importer.companyName } : importer.kind === "admin" ? (importer.onBehalf ?? null) : null;

/** Rows that the person edits are the company's drafts, or programs sent back for revision. */
const REPLACEABLE: ProgramStatus[] = ["draft", "revision_requested"];

async function resolveCompanies(db: DbOrTx, importer: Importer, rows: CheckedRow[], fallback: string | null) {
  const own = fileCompanyOf(importer);
  if (own) {
    for (const r of rows) {
      if (r.companyText && normalizeCompanyName(r.companyText) !== normalizeCompanyName(own.name)) {
        r.preview.messages.push({ field: "company", level: "error", message: "errors.importCompanyOther", params: { value: r.companyText, company: own.name } });
      } else r.target = { id: own.id };
    }
    return;
  }
  const nameOf = (r: CheckedRow) => r.companyText || fallback || "";
  const found = new Map(
    (
      await findCompaniesByName(
        db,
        rows.map(nameOf).filter(Boolean),
        importer.kind === "admin" ? importer.admin : null,
      )
    ).map((c) => [c.key, c]),
  );
  for (const r of rows) {
    const name = nameOf(r);
    const company = found.get(normalizeCompanyName(name));
    const say = (message: string, level: "error" | "info" = "error") =>
      r.preview.messages.push({ field: "company", level, message, ...(name ? { params: { value: name } } : {}) });
    if (!name) say("errors.importCompanyMissing");
    else if (company && !company.isManaged) say("errors.importCompanyNotManaged");
    else if (company) {
      r.target = { id: company.id };
      r.preview.companyName = company.name;
    } else if (name.length < 2 || name.length > 200) say("errors.companyNameLength");
    else {
      r.target = { newName: name };
      r.preview.companyName = name;
      say("importNotes.companyNew", "info");
    }
  }
}

/** Refs the companies already use: a draft is replaced (action update); any other status is refused. */
async function checkExistingRefs(db: DbOrTx, rows: CheckedRow[]) {
  const withCompany = rows.filter((r): r is CheckedRow & { target: { id: string } } => !!r.target && "id" in r.target && !!r.preview.ref);
  const existing = new Map<string, { id: string; status: ProgramStatus }>();
  for (const part of chunk(withCompany, 1000)) {
    const found = await db
      .select({ id: programs.id, companyId: programs.companyId, ref: programs.ref, status: programs.status })
      .from(programs)
      .where(
        and(
          inArray(programs.companyId, [...new Set(part.map((r) => r.target.id))]),
          inArray(programs.ref, [...new Set(part.map((r) => r.preview.ref))]),
        ),
      );
    for (const p of found) existing.set(`${p.companyId}|${p.ref}`, p);
  }
  for (const r of withCompany) {
    const p = existing.get(`${r.target.id}|${r.preview.ref}`);
    if (!p) continue;
    const params = { ref: r.preview.ref, status: `@statuses.${p.status}` };
    if (REPLACEABLE.includes(p.status)) {
      r.updateId = p.id;
      r.updateStatus = p.status as "draft" | "revision_requested";
      r.preview.action = "update";
      r.preview.messages.push({ field: "ref", level: "info", message: "importNotes.refUpdates", params });
    } else r.preview.messages.push({ field: "ref", level: "error", message: "errors.importRefTakenStatus", params });
  }
}

/** The program a row would save, in the shape the program rules check. */
export function programOf(p: PreviewRow) {
  return {
    ref: p.ref,
    title: p.title,
    description: p.description,
    sector: p.sector,
    targetGroup: p.targetGroup,
    targetGroupText: p.targetGroupText,
    areaCodes: p.areas.map((a) => a.code),
    startDate: p.startDate,
    endDate: p.endDate,
    budgetIdr: p.budgetIdr,
    plannedBeneficiaries: p.plannedBeneficiaries,
  };
}

const FIELD_OF_INPUT: Record<string, ImportField> = {
  ref: "ref",
  title: "title",
  description: "description",
  sector: "sector",
  targetGroup: "target_group",
  targetGroupText: "target_group",
  areaCodes: "locations",
  startDate: "start_date",
  endDate: "end_date",
  budgetIdr: "budget_idr",
  plannedBeneficiaries: "beneficiaries",
};

/**
 * The program rules of the form, as a last check: a row the reader let through but the form
 * would refuse gets the form's message beside its field (a field with an error already keeps it).
 */
function checkProgramRules(p: PreviewRow) {
  if (p.messages.some((m) => m.level === "error") || p.placeAsks.some((a) => a.chosen === null)) return;
  const parsed = createProgramSchema.safeParse(programOf(p));
  if (parsed.success) return;
  for (const issue of parsed.error.issues) {
    const field = FIELD_OF_INPUT[String(issue.path[0])] ?? null;
    const message = issue.message.startsWith("errors.") ? issue.message : "errors.invalid";
    if (!p.messages.some((m) => m.field === field && m.level === "error")) p.messages.push({ field, level: "error", message });
  }
}

/** Settles a row's status from its messages and its open questions. */
export function settleStatus(p: PreviewRow): PreviewRow["status"] {
  if (p.messages.some((m) => m.level === "error")) return "error";
  if (p.messages.some((m) => m.level === "warning") || p.placeAsks.some((a) => a.chosen === null) || p.overlaps.length) return "warning";
  return "ok";
}

export const needsChoice = (p: PreviewRow) => p.placeAsks.some((a) => a.chosen === null);

function probeOf(r: CheckedRow, index: PlaceIndex): OverlapProbe | null {
  const p = r.preview;
  if (!p.sector || !p.startDate || !p.endDate || p.endDate < p.startDate || p.areas.length === 0) return null;
  const names = new Set<string>();
  for (const a of p.areas) {
    for (let code: string | null = a.code; code; code = index.byCode.get(code)?.parentCode ?? null) {
      const name = index.byCode.get(code)?.name;
      if (name) names.add(name);
    }
  }
  return {
    row: p.row,
    excludeId: r.updateId,
    companyId: r.target && "id" in r.target ? r.target.id : "new",
    companyName: p.companyName ?? "",
    title: p.title,
    description: p.description,
    sector: p.sector,
    targetGroup: p.targetGroup,
    startDate: p.startDate,
    endDate: p.endDate,
    budgetIdr: p.budgetIdr,
    beneficiaries: p.plannedBeneficiaries,
    areas: p.areas.map((a) => ({ code: a.code, name: index.byCode.get(a.code)?.name ?? a.label })),
    placeNames: [...names],
  };
}

export interface CheckOptions {
  places: PlaceIndex;
  thesaurus: Thesaurus;
  /** The company for rows that name none (the command line's --company). */
  defaultCompany?: string | null;
}

/**
 * The checks that need the database, for a batch of rows at once: the company of each row, refs
 * the company already uses, and the overlaps each row would raise. Settles each row's status.
 */
export async function checkRows(db: DbOrTx, importer: Importer, read: ReadRow[], opts: CheckOptions): Promise<CheckedRow[]> {
  const rows: CheckedRow[] = read.map((r) => ({ ...r, target: null, updateId: null, updateStatus: null }));
  await resolveCompanies(db, importer, rows, opts.defaultCompany ?? null);
  await checkExistingRefs(db, rows);
  const probes = rows.flatMap((r) => probeOf(r, opts.places) ?? []);
  const overlaps = await findPreviewOverlaps(db, probes, opts.thesaurus);
  for (const r of rows) {
    const found = overlaps.get(r.preview.row);
    if (found) {
      r.preview.overlaps = found;
      const top = found[0];
      if (top) {
        r.preview.messages.push({
          field: null,
          level: "warning",
          message: top.kind === "duplicate" ? "importNotes.duplicateFound" : "importNotes.overlapFound",
          params: { title: top.title, company: top.companyName, count: String(found.length) },
        });
      }
    }
    checkProgramRules(r.preview);
    r.preview.status = settleStatus(r.preview);
  }
  return rows;
}
