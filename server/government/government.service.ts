import "server-only";
import { TRPCError } from "@trpc/server";
import { and, eq, sql } from "drizzle-orm";
import type { Database, DbOrTx } from "@/db/client";
import { governmentActivities, programAreas, programs } from "@/db/schema";
import { coversEveryArea } from "@/server/access/areas";
import { findUnknownAreaCodes } from "@/server/areas/areas.queries";
import { recordAudit } from "@/server/audit/audit";
import type { StaffViewer } from "@/server/auth/viewer";
import { conflict, fieldError, notFound, pgErrorCode, PG_UNIQUE_VIOLATION } from "@/server/errors";
import { enqueue } from "@/server/jobs/enqueue";
import { resolveTargetGroup } from "@/server/target-groups/target-groups.service";
import { governmentOnly } from "./government.queries";
import {
  agencyKeyOf,
  createActivitySchema,
  deleteActivitySchema,
  updateActivitySchema,
  type CreateActivityInput,
  type CreateActivityValues,
  type DeleteActivityValues,
  type UpdateActivityValues,
} from "./government.schemas";

/**
 * Who writes government activities: staff (admin or reviewer) within their jurisdiction, or the
 * operator at the command line (`npm run csr -- import-government`), who may write any.
 */
export type GovernmentActor = StaffViewer | { kind: "system" };
export const SYSTEM_ACTOR = { kind: "system" } as const;

const isSystem = (a: GovernmentActor): a is { kind: "system" } => "kind" in a && a.kind === "system";
const actorIdOf = (a: GovernmentActor) => (isSystem(a) ? null : a.userId);

/** Why the actor may not write an activity in these areas, as a catalog key; null when they may. */
export function writeRefusal(actor: GovernmentActor, areaCodes: readonly string[]): string | null {
  if (isSystem(actor)) return null;
  if (actor.role !== "admin" && actor.role !== "reviewer") return "errors.forbidden";
  // Every area inside the jurisdiction: a regency office does not write a province-wide activity.
  return coversEveryArea(actor.jurisdiction, areaCodes) ? null : "errors.outsideJurisdiction";
}

function assertMayWrite(actor: GovernmentActor, areaCodes: readonly string[]) {
  const refusal = writeRefusal(actor, areaCodes);
  if (refusal) throw new TRPCError({ code: "FORBIDDEN", message: refusal });
}

/**
 * After a write, the overlap check of the activity runs as a job in the same transaction: the
 * `overlaps.check` job takes any programs row's id (a CSR program's or a government activity's)
 * and reconciles the flags around it; CSR programs near the activity are paired with it there.
 */
export async function enqueueActivityCheck(tx: DbOrTx, activityId: string) {
  return enqueue(tx, "overlaps.check", { programId: activityId });
}

/** Blank description: the nomenclature names and the title say what the activity is. */
function describe(f: CreateActivityInput): string {
  if (f.description) return f.description;
  const parts = [f.subKegiatanName, f.kegiatanName, f.programName, f.title].filter((x): x is string => !!x);
  return [...new Set(parts)].join(". ");
}

function refTakenOr(err: unknown): never {
  if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) throw fieldError("ref", "errors.governmentRefTaken");
  throw err;
}

async function checkAreas(tx: DbOrTx, codes: string[]) {
  const unknown = await findUnknownAreaCodes(tx, codes);
  if (unknown.length) throw fieldError("areaCodes", "errors.areaUnknown");
}

function programValues(f: CreateActivityInput, targetGroup: CreateActivityInput["targetGroup"]) {
  return {
    ref: f.ref,
    title: f.title,
    description: describe(f),
    sector: f.sector,
    targetGroup,
    targetGroupText: f.targetGroupText,
    startDate: f.startDate,
    endDate: f.endDate,
    budgetIdr: f.budgetIdr,
    plannedBeneficiaries: f.plannedBeneficiaries,
  };
}

function detailValues(f: CreateActivityInput) {
  return {
    funding: f.funding,
    agency: f.agency,
    agencyKey: agencyKeyOf(f.agency),
    programCode: f.programCode,
    programName: f.programName,
    kegiatanCode: f.kegiatanCode,
    kegiatanName: f.kegiatanName,
    subKegiatanCode: f.subKegiatanCode,
    subKegiatanName: f.subKegiatanName,
    sourceName: f.sourceName,
    sourceDate: f.sourceDate,
    isDemo: f.isDemo,
  };
}

/** Inserts one activity (programs row, details, areas) inside the caller's transaction; no audit. */
export async function insertActivity(tx: DbOrTx, actorId: string | null, f: CreateActivityInput): Promise<{ id: string; version: number }> {
  const targetGroup = await resolveTargetGroup(tx, f);
  const [row] = await tx
    .insert(programs)
    .values({ ...programValues(f, targetGroup), source: "government", companyId: null, status: "reference", createdBy: actorId })
    .returning({ id: programs.id, version: programs.version });
  if (!row) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR" });
  await tx.insert(governmentActivities).values({ programId: row.id, ref: f.ref, createdBy: actorId, ...detailValues(f) });
  await tx.insert(programAreas).values(f.areaCodes.map((areaCode) => ({ programId: row.id, areaCode })));
  await enqueueActivityCheck(tx, row.id);
  return row;
}

/** Rewrites one activity (ref included: the foreign key carries it to the details); no audit. */
export async function rewriteActivity(tx: DbOrTx, id: string, version: number, f: CreateActivityInput): Promise<{ id: string; version: number }> {
  const targetGroup = await resolveTargetGroup(tx, f);
  const [row] = await tx
    .update(programs)
    .set({ ...programValues(f, targetGroup), version: sql`${programs.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(programs.id, id), eq(programs.version, version), governmentOnly))
    .returning({ id: programs.id, version: programs.version });
  if (!row) throw conflict("errors.staleVersion");
  await tx
    .update(governmentActivities)
    .set({ ...detailValues(f), updatedAt: sql`now()` })
    .where(eq(governmentActivities.programId, id));
  await tx.delete(programAreas).where(eq(programAreas.programId, id));
  await tx.insert(programAreas).values(f.areaCodes.map((areaCode) => ({ programId: id, areaCode })));
  await enqueueActivityCheck(tx, id);
  return row;
}

/** The activity's areas and version, locked for a change; NOT_FOUND for a CSR program's id. */
async function loadForChange(tx: DbOrTx, id: string) {
  const [row] = await tx
    .select({ id: programs.id, version: programs.version, ref: programs.ref })
    .from(programs)
    .where(and(eq(programs.id, id), governmentOnly))
    .for("update");
  if (!row) throw notFound();
  const areaCodes = (await tx.select({ code: programAreas.areaCode }).from(programAreas).where(eq(programAreas.programId, id))).map((a) => a.code);
  return { ...row, areaCodes };
}

/** Staff enter a government activity (form). Audited; the overlap check is queued with it. */
export async function createActivity(db: Database, actor: GovernmentActor, values: CreateActivityValues, ip: string | null = null) {
  const f = createActivitySchema.parse(values);
  assertMayWrite(actor, f.areaCodes);
  return db
    .transaction(async (tx) => {
      await checkAreas(tx, f.areaCodes);
      const row = await insertActivity(tx, actorIdOf(actor), f);
      await recordAudit(tx, {
        actorId: actorIdOf(actor),
        action: "government.create",
        targetType: "government_activity",
        targetId: row.id,
        ip,
        details: { ref: f.ref, agency: f.agency, funding: f.funding },
      });
      return row;
    })
    .catch(refTakenOr);
}

/**
 * Saves an edit. Optimistic locking as for programs: the edit names the version it started from
 * and fails with CONFLICT when someone saved in between. The actor must cover the activity's
 * areas before and after the edit.
 */
export async function updateActivity(db: Database, actor: GovernmentActor, values: UpdateActivityValues, ip: string | null = null) {
  const f = updateActivitySchema.parse(values);
  assertMayWrite(actor, f.areaCodes);
  return db
    .transaction(async (tx) => {
      const current = await loadForChange(tx, f.id);
      assertMayWrite(actor, current.areaCodes);
      if (current.version !== f.version) throw conflict("errors.staleVersion");
      await checkAreas(tx, f.areaCodes);
      const row = await rewriteActivity(tx, f.id, f.version, f);
      await recordAudit(tx, {
        actorId: actorIdOf(actor),
        action: "government.update",
        targetType: "government_activity",
        targetId: f.id,
        ip,
        details: { ref: f.ref, agency: f.agency, funding: f.funding, ...(current.ref !== f.ref ? { previous: current.ref } : {}) },
      });
      return row;
    })
    .catch(refTakenOr);
}

/**
 * Deletes an activity: its details, areas and flags go with it (cascades), and CSR programs that
 * named it as the program they support keep their place with no link (SET NULL).
 */
export async function deleteActivity(db: Database, actor: GovernmentActor, values: DeleteActivityValues, ip: string | null = null) {
  const f = deleteActivitySchema.parse(values);
  return db.transaction(async (tx) => {
    const current = await loadForChange(tx, f.id);
    assertMayWrite(actor, current.areaCodes);
    if (current.version !== f.version) throw conflict("errors.staleVersion");
    // The CSR programs that were paired with it are checked again: their flags with it are gone.
    const supported = await tx.select({ id: programs.id }).from(programs).where(eq(programs.supportsActivityId, f.id));
    await tx.delete(programs).where(and(eq(programs.id, f.id), governmentOnly));
    for (const p of supported) await enqueue(tx, "overlaps.check", { programId: p.id });
    await recordAudit(tx, {
      actorId: actorIdOf(actor),
      action: "government.delete",
      targetType: "government_activity",
      targetId: f.id,
      ip,
      details: { ref: current.ref },
    });
    return { id: f.id };
  });
}
