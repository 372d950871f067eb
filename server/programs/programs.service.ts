import "server-only";
import { randomBytes } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { and, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Database, DbOrTx } from "@/db/client";
import { priorityPrograms, programAreas, programEvents, programs } from "@/db/schema";
import type { OfficerViewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit/audit";
import { findUnknownAreaCodes } from "@/server/areas/areas.queries";
import { conflict, fieldError, notFound, pgErrorCode, PG_UNIQUE_VIOLATION } from "@/server/errors";
import { type CreateProgramInput, type UpdateProgramInput } from "./programs.schemas";
import { enqueue } from "@/server/jobs/enqueue";
import { resolveTargetGroup } from "@/server/target-groups/target-groups.service";
import { canEditProgram, touchesArea } from "./programs.queries";
import { asCsr } from "./csr";

type ProgramFields = CreateProgramInput;

/** A readable, unique-enough default code when the officer leaves `ref` empty: `CSR-2026-7KQ2MX`. */
function generateRef(startDate: string): string {
  const alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  const bytes = randomBytes(6);
  let s = "";
  for (const b of bytes) s += alphabet[b % alphabet.length];
  return `CSR-${startDate.slice(0, 4)}-${s}`;
}

async function checkReferences(db: DbOrTx, f: ProgramFields) {
  const unknown = await findUnknownAreaCodes(db, f.areaCodes);
  if (unknown.length) throw fieldError("areaCodes", "errors.areaUnknown");
  if (f.priorityProgramId) {
    const [pp] = await db
      .select({ id: priorityPrograms.id })
      .from(priorityPrograms)
      .where(and(eq(priorityPrograms.id, f.priorityProgramId), eq(priorityPrograms.isActive, true)));
    if (!pp) throw fieldError("priorityProgramId", "errors.priorityProgramUnknown");
  }
  if (f.supportsActivityId) await checkSupportedActivity(db, f.supportsActivityId, f.areaCodes);
}

/**
 * The program a CSR program supports must be a government activity (never a company's program)
 * in the same places: inside one of its areas, or containing one.
 */
async function checkSupportedActivity(db: DbOrTx, id: string, areaCodes: readonly string[]) {
  const [row] = await db
    .select({ id: programs.id, here: sql<boolean>`${or(...areaCodes.map((c) => touchesArea(c))) as SQL}` })
    .from(programs)
    .where(and(eq(programs.id, id), eq(programs.source, "government")));
  if (!row) throw fieldError("supportsActivityId", "errors.supportsActivityUnknown");
  if (!row.here) throw fieldError("supportsActivityId", "errors.supportsActivityElsewhere");
}

function refTakenOr(err: unknown): never {
  if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) throw fieldError("ref", "errors.refTaken");
  throw err;
}

/** Creates a draft for the officer's own company, with its areas, in one transaction. */
export async function createProgram(db: Database, viewer: OfficerViewer, f: CreateProgramInput, ip: string | null = null) {
  return db
    .transaction(async (tx) => {
      await checkReferences(tx, f);
      const targetGroup = await resolveTargetGroup(tx, f);
      const [row] = await tx
        .insert(programs)
        .values({
          companyId: viewer.companyId,
          ref: f.ref ?? generateRef(f.startDate),
          title: f.title,
          description: f.description,
          sector: f.sector,
          targetGroup,
          targetGroupText: f.targetGroupText,
          startDate: f.startDate,
          endDate: f.endDate,
          budgetIdr: f.budgetIdr,
          plannedBeneficiaries: f.plannedBeneficiaries,
          priorityProgramId: f.priorityProgramId ?? null,
          supportsActivityId: f.supportsActivityId ?? null,
          createdBy: viewer.userId,
        })
        .returning({ id: programs.id, ref: programs.ref, version: programs.version });
      if (!row) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR" });
      await tx.insert(programAreas).values(f.areaCodes.map((areaCode) => ({ programId: row.id, areaCode })));
      await tx
        .insert(programEvents)
        .values({ programId: row.id, action: "create", fromStatus: null, toStatus: "draft", actorId: viewer.userId });
      await recordAudit(tx, {
        actorId: viewer.userId,
        action: "program.create",
        targetType: "program",
        targetId: row.id,
        ip,
        details: { ref: row.ref },
      });
      return row;
    })
    .catch(refTakenOr);
}

/** Loads the officer's own program for a change; another company's program is simply not found. */
async function loadOwnForChange(tx: DbOrTx, viewer: OfficerViewer, id: string) {
  const [p] = await tx
    .select({ id: programs.id, companyId: programs.companyId, status: programs.status, version: programs.version })
    .from(programs)
    .where(and(eq(programs.id, id), eq(programs.companyId, viewer.companyId)))
    .for("update");
  if (!p) throw notFound();
  // Owned by the officer's company: a CSR program.
  return asCsr(p);
}

/**
 * Saves an officer's edit of their own draft. Optimistic locking: the edit names the version it
 * started from, and fails with CONFLICT when someone saved in between.
 */
export async function updateProgram(db: Database, viewer: OfficerViewer, f: UpdateProgramInput, ip: string | null = null) {
  const saved = await db
    .transaction(async (tx) => {
      const current = await loadOwnForChange(tx, viewer, f.id);
      if (!canEditProgram(viewer, current)) throw new TRPCError({ code: "FORBIDDEN", message: "errors.notEditable" });
      if (current.version !== f.version) throw conflict("errors.staleVersion");
      await checkReferences(tx, f);
      const targetGroup = await resolveTargetGroup(tx, f);
      const [row] = await tx
        .update(programs)
        .set({
          ...(f.ref ? { ref: f.ref } : {}),
          title: f.title,
          description: f.description,
          sector: f.sector,
          targetGroup,
          targetGroupText: f.targetGroupText,
          startDate: f.startDate,
          endDate: f.endDate,
          budgetIdr: f.budgetIdr,
          plannedBeneficiaries: f.plannedBeneficiaries,
          priorityProgramId: f.priorityProgramId ?? null,
          supportsActivityId: f.supportsActivityId ?? null,
          version: sql`${programs.version} + 1`,
          updatedAt: sql`now()`,
        })
        .where(and(eq(programs.id, f.id), eq(programs.version, f.version)))
        .returning({ id: programs.id, ref: programs.ref, version: programs.version });
      if (!row) throw conflict("errors.staleVersion");
      const existing = await tx.select({ code: programAreas.areaCode }).from(programAreas).where(eq(programAreas.programId, f.id));
      const keep = new Set(f.areaCodes);
      const gone = existing.map((e) => e.code).filter((c) => !keep.has(c));
      const have = new Set(existing.map((e) => e.code));
      const added = f.areaCodes.filter((c) => !have.has(c));
      if (gone.length) await tx.delete(programAreas).where(and(eq(programAreas.programId, f.id), inArray(programAreas.areaCode, gone)));
      if (added.length) await tx.insert(programAreas).values(added.map((areaCode) => ({ programId: f.id, areaCode })));
      await recordAudit(tx, { actorId: viewer.userId, action: "program.update", targetType: "program", targetId: f.id, ip });
      // A material edit of a program past draft changes what it matches.
      if (current.status !== "draft") await enqueue(tx, "overlaps.check", { programId: f.id });
      return row;
    })
    .catch(refTakenOr);
  return { id: saved.id, ref: saved.ref, version: saved.version };
}
