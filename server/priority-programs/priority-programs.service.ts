import "server-only";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import type { Database, DbOrTx } from "@/db/client";
import { priorityPrograms } from "@/db/schema";
import { isWithin, NATIONAL, sqlSharesGround, sqlWithin } from "@/server/access/areas";
import type { StaffViewer, Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit/audit";
import { findUnknownAreaCodes } from "@/server/areas/areas.queries";
import { conflict, fieldError, notFound } from "@/server/errors";
import { type CreatePriorityProgramInput, type UpdatePriorityProgramInput } from "./priority-programs.schemas";

/**
 * Priority programs offered to a viewer: officers may align with any active one; staff see those
 * of jurisdictions sharing ground with theirs (a province's list applies in its regencies).
 */
export async function listPriorityPrograms(db: DbOrTx, viewer: Viewer, includeInactive = false) {
  const conds: SQL[] = [];
  if (!includeInactive) conds.push(eq(priorityPrograms.isActive, true));
  if (viewer.role !== "officer") conds.push(sqlSharesGround(priorityPrograms.jurisdiction, viewer.jurisdiction));
  return db
    .select()
    .from(priorityPrograms)
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(asc(priorityPrograms.jurisdiction), asc(priorityPrograms.name));
}

async function checkJurisdiction(db: DbOrTx, admin: StaffViewer, j: string) {
  if (!isWithin(j, admin.jurisdiction)) throw fieldError("jurisdiction", "errors.outsideJurisdiction");
  if (j !== NATIONAL && (await findUnknownAreaCodes(db, [j])).length) throw fieldError("jurisdiction", "errors.areaUnknown");
}

export async function createPriorityProgram(db: Database, admin: StaffViewer, f: CreatePriorityProgramInput, ip: string | null = null) {
  return db.transaction(async (tx) => {
    await checkJurisdiction(tx, admin, f.jurisdiction);
    const [row] = await tx.insert(priorityPrograms).values(f).returning({ id: priorityPrograms.id });
    if (!row) throw notFound();
    await recordAudit(tx, {
      actorId: admin.userId,
      action: "priority_program.create",
      targetType: "priority_program",
      targetId: row.id,
      ip,
      details: { name: f.name },
    });
    return row;
  });
}

export async function updatePriorityProgram(db: Database, admin: StaffViewer, f: UpdatePriorityProgramInput, ip: string | null = null) {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ id: priorityPrograms.id })
      .from(priorityPrograms)
      .where(and(eq(priorityPrograms.id, f.id), sqlWithin(priorityPrograms.jurisdiction, admin.jurisdiction)));
    if (!current) throw notFound();
    await checkJurisdiction(tx, admin, f.jurisdiction);
    const [row] = await tx
      .update(priorityPrograms)
      .set({
        name: f.name,
        description: f.description,
        jurisdiction: f.jurisdiction,
        isActive: f.isActive,
        version: sql`${priorityPrograms.version} + 1`,
      })
      .where(and(eq(priorityPrograms.id, f.id), eq(priorityPrograms.version, f.version)))
      .returning({ id: priorityPrograms.id, version: priorityPrograms.version });
    if (!row) throw conflict("errors.staleVersion");
    await recordAudit(tx, {
      actorId: admin.userId,
      action: "priority_program.update",
      targetType: "priority_program",
      targetId: f.id,
      ip,
      details: { isActive: f.isActive },
    });
    return row;
  });
}
