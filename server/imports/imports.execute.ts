import "server-only";
import { sql } from "drizzle-orm";
import type { Database, Tx } from "@/db/client";
import { companies, forumMembers, programAreas, programs } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { pgErrorCode, PG_UNIQUE_VIOLATION } from "@/server/errors";
import { checkProgram } from "@/server/overlaps/overlaps.service";
import { loadThesaurus } from "@/server/overlaps/thesaurus.service";
import type { CompanyTarget, Importer, PlannedRow } from "./imports.checks";
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
  inSaveTransaction?: (tx: Tx, saved: { ids: string[]; companiesCreated: number }) => Promise<void>;
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
  if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) return "errors.importConflict";
  return "errors.importFailed";
}

const getNewCompanyForum = (importer: Importer) =>
  importer.kind === "admin" ? importer.admin.jurisdiction : importer.kind === "system" ? importer.forum : null;
const getActorId = (importer: Importer) => (importer.kind === "system" ? null : importer.userId);

/** Saves validated rows as submitted programs, all or nothing. */
export async function saveImportRows(db: Database, importer: Importer, plan: PlannedRow[], opts: ImportOptions) {
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
    // (company, ref) is unique, and RETURNING promises no order: match the areas by it.
    const idOf = new Map<string, string>();
    for (const part of chunk(plan, 500)) {
      const rows = await tx
        .insert(programs)
        .values(
          part.map(({ company, program: f }) => ({
            companyId: companyIdOf(company),
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
            status: "submitted" as const,
            submittedAt: sql`now()`,
            createdBy: getActorId(importer),
          })),
        )
        .returning({ id: programs.id, companyId: programs.companyId, ref: programs.ref });
      for (const r of rows) idOf.set(`${r.companyId}|${r.ref}`, r.id);
    }
    const ids: string[] = [];
    const areaRows: { programId: string; areaCode: string }[] = [];
    for (const r of plan) {
      const programId = idOf.get(`${companyIdOf(r.company)}|${r.program.ref}`);
      if (!programId) throw new Error("inserted program missing");
      ids.push(programId);
      for (const areaCode of r.program.areaCodes) areaRows.push({ programId, areaCode });
    }
    for (const part of chunk(areaRows, 1000)) await tx.insert(programAreas).values(part);
    // Counts only: the rows themselves may carry names of people and places.
    await recordAudit(tx, {
      actorId: getActorId(importer),
      action: "program.import",
      targetType: opts.jobId ? "import_job" : undefined,
      targetId: opts.jobId,
      ip: opts.ip,
      details: { via: opts.via, imported: ids.length, companiesCreated: createdIds.size },
    });
    const saved = { ids, companiesCreated: createdIds.size };
    await opts.inSaveTransaction?.(tx, saved);
    return saved;
  });
}

/**
 * Imports validated rows in one transaction, as submitted programs (creating new companies in
 * the importer's forum), then, after the commit, checks each program for overlaps as a
 * submission would. Returns the counts, with the open flags that involve the new programs.
 */
export async function executeImport(db: Database, importer: Importer, plan: PlannedRow[], opts: ImportOptions) {
  const saved = await saveImportRows(db, importer, plan, opts);
  await opts.onSaved?.({ imported: saved.ids.length, companiesCreated: saved.companiesCreated });
  const flags = await checkImportedPrograms(db, saved.ids, 0, opts.onChecked);
  return { imported: saved.ids.length, companiesCreated: saved.companiesCreated, flags, programIds: saved.ids };
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
