import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database, Tx } from "@/db/client";
import { companies, forumMembers, programAreas, programEvents, programs } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { pgErrorCode, PG_UNIQUE_VIOLATION } from "@/server/errors";
import { checkProgram } from "@/server/overlaps/overlaps.service";
import { loadThesaurus } from "@/server/overlaps/thesaurus.service";
import type { CompanyTarget, Importer, PlannedRow } from "./importer";
import { chunk, normalizeCompanyName, countOpenFlagsOf } from "./imports.queries";

export interface ImportHooks {
  /** After the rows are committed. */
  onSaved?: (saved: { imported: number; companiesCreated: number }) => Promise<void> | void;
  /** After each program's overlap check. */
  onChecked?: (done: number, total: number) => Promise<void> | void;
}

export interface ImportOptions extends ImportHooks {
  ip?: string | null;
  via: "app" | "cli";
  jobId?: string;
  /** Runs inside the saving transaction, so what it records commits (or not) with the rows. */
  inSaveTransaction?: (tx: Tx, saved: { ids: string[]; saved: { row: number; programId: string }[]; companiesCreated: number }) => Promise<void>;
  /** Submit the rows (the default, as the command line always did) or keep them as drafts. */
  mode?: "draft" | "submit";
  /** Rows left out on purpose, for the audit log. */
  skipped?: number;
}

/** Thrown when the checks after the commit fail: the programs stand, a rescan catches up. */
export class OverlapCheckError extends Error {
  constructor(
    readonly imported: number,
    cause: unknown,
  ) {
    super("errors.importCheckFailed", { cause });
    this.name = "OverlapCheckError";
  }
}

/** The catalog key that explains a failed import. */
export function describeImportFailure(err: unknown): string {
  if (err instanceof OverlapCheckError) return "errors.importCheckFailed";
  // Someone saved the same ref or company name between the validation and the commit.
  if (pgErrorCode(err) === PG_UNIQUE_VIOLATION || err instanceof ImportConflictError) return "errors.importConflict";
  return "errors.importFailed";
}

const getNewCompanyForum = (importer: Importer) =>
  importer.kind === "admin" ? importer.admin.jurisdiction : importer.kind === "system" ? importer.forum : null;
const getActorId = (importer: Importer) => (importer.kind === "system" ? null : importer.userId);

/**
 * Saves validated rows, all or nothing: new programs (and new companies in the importer's
 * forum), and rows that replace a company's draft (or a program sent back for revision) with
 * the same ref. `submit` sends them to Dinas Sosial at once; `draft` keeps them for the company.
 */
export async function saveImportRows(db: Database, importer: Importer, plan: PlannedRow[], opts: ImportOptions) {
  const mode = opts.mode ?? "submit";
  const status = mode === "submit" ? ("submitted" as const) : ("draft" as const);
  return db.transaction(async (tx) => {
    const newNames = new Map<string, string>();
    for (const r of plan) if ("newName" in r.company) newNames.set(normalizeCompanyName(r.company.newName), r.company.newName);
    const createdIds = new Map<string, string>();
    const forum = getNewCompanyForum(importer);
    if (newNames.size && !forum) throw new Error("only admins and the command line create companies");
    if (newNames.size && forum) {
      const created = await tx
        .insert(companies)
        .values([...newNames.values()].map((name) => ({ name })))
        .returning({ id: companies.id, name: companies.name });
      for (const c of created) createdIds.set(normalizeCompanyName(c.name), c.id);
      await tx.insert(forumMembers).values(created.map((c) => ({ companyId: c.id, jurisdiction: forum })));
    }
    const companyIdOf = (t: CompanyTarget) => {
      const id = "id" in t ? t.id : createdIds.get(normalizeCompanyName(t.newName));
      if (!id) throw new Error("company of an import row missing");
      return id;
    };
    const actorId = getActorId(importer);
    const creates = plan.filter((r) => !r.updateId);
    // (company, ref) is unique, and RETURNING promises no order: match the areas by it.
    const idOf = new Map<string, string>();
    for (const part of chunk(creates, 500)) {
      const rows = await tx
        .insert(programs)
        .values(
          part.map(({ company, program: f }) => ({
            companyId: companyIdOf(company),
            ...programValues(f),
            status,
            submittedAt: mode === "submit" ? sql`now()` : null,
            createdBy: actorId,
          })),
        )
        .returning({ id: programs.id, companyId: programs.companyId, ref: programs.ref });
      for (const r of rows) idOf.set(`${r.companyId}|${r.ref}`, r.id);
    }
    const replaced = await replacePrograms(tx, plan, mode);
    const ids: string[] = [];
    const saved: { row: number; programId: string }[] = [];
    const areaRows: { programId: string; areaCode: string }[] = [];
    for (const r of plan) {
      const programId = r.updateId ?? idOf.get(`${companyIdOf(r.company)}|${r.program.ref}`);
      if (!programId) throw new Error("inserted program missing");
      ids.push(programId);
      saved.push({ row: r.row, programId });
      for (const areaCode of r.program.areaCodes) areaRows.push({ programId, areaCode });
    }
    for (const part of chunk(replaced, 1000)) await tx.delete(programAreas).where(inArray(programAreas.programId, part));
    for (const part of chunk(areaRows, 1000)) await tx.insert(programAreas).values(part);
    // A row kept as a draft over a draft is an edit, not a move: it leaves no event, as the form's save does not.
    const events: (typeof programEvents.$inferInsert)[] = [];
    plan.forEach((r, i) => {
      const programId = ids[i] as string;
      if (!r.updateId) events.push({ programId, action: "create", fromStatus: null, toStatus: status, actorId });
      else if (mode === "submit") events.push({ programId, action: "submit", fromStatus: r.replacedStatus ?? "draft", toStatus: "submitted", actorId });
    });
    for (const part of chunk(events, 1000)) await tx.insert(programEvents).values(part);
    // Counts only: the rows themselves may carry names of people and places.
    await recordAudit(tx, {
      actorId,
      action: "program.import",
      targetType: opts.jobId ? "import_job" : undefined,
      targetId: opts.jobId,
      ip: opts.ip,
      details: {
        via: opts.via,
        imported: ids.length,
        companiesCreated: createdIds.size,
        ...(opts.mode ? { mode, updated: replaced.length } : {}),
        ...(importer.kind === "admin" && importer.onBehalf ? { onBehalfOf: { id: importer.onBehalf.id, name: importer.onBehalf.name } } : {}),
        ...(opts.skipped !== undefined ? { skipped: opts.skipped } : {}),
      },
    });
    const result = { ids, saved, companiesCreated: createdIds.size, updated: replaced.length };
    await opts.inSaveTransaction?.(tx, result);
    return result;
  });
}

const programValues = (f: PlannedRow["program"]) => ({
  ref: f.ref,
  title: f.title,
  description: f.description,
  sector: f.sector,
  targetGroup: f.targetGroup,
  targetGroupText: f.targetGroupText,
  startDate: f.startDate,
  endDate: f.endDate,
  budgetIdr: f.budgetIdr,
  plannedBeneficiaries: f.plannedBeneficiaries,
});

/**
 * Rows that replace a company's draft (or a program sent back for revision): the new content, a
 * new version, and submitted when the import submits. Someone who moved the program since the
 * preview (submitted it meanwhile) makes the whole import fail as a conflict, saving nothing.
 */
async function replacePrograms(tx: Tx, plan: PlannedRow[], mode: "draft" | "submit"): Promise<string[]> {
  const updates = plan.filter((r): r is PlannedRow & { updateId: string } => !!r.updateId);
  for (const r of updates) {
    const [row] = await tx
      .update(programs)
      .set({
        ...programValues(r.program),
        version: sql`${programs.version} + 1`,
        updatedAt: sql`now()`,
        ...(mode === "submit" ? { status: "submitted" as const, submittedAt: sql`now()` } : {}),
      })
      .where(and(eq(programs.id, r.updateId), inArray(programs.status, ["draft", "revision_requested"])))
      .returning({ id: programs.id });
    if (!row) throw new ImportConflictError();
  }
  return updates.map((r) => r.updateId);
}

/** A program the import was to replace changed status since the preview. */
export class ImportConflictError extends Error {
  constructor() {
    super("errors.importConflict");
    this.name = "ImportConflictError";
  }
}

/**
 * Checks saved programs for overlaps from index `from` on (a resumed job skips what it checked
 * before; checking one twice changes nothing). Returns the open flags that involve them.
 */
export async function checkImportedPrograms(db: Database, ids: string[], from: number, onChecked?: ImportHooks["onChecked"]) {
  try {
    const thesaurus = await loadThesaurus(db);
    for (const [i, id] of ids.entries()) {
      if (i < from) continue;
      await checkProgram(db, id, thesaurus);
      await onChecked?.(i + 1, ids.length);
    }
    return await countOpenFlagsOf(db, ids);
  } catch (err) {
    throw new OverlapCheckError(ids.length, err);
  }
}
