import "server-only";
import { TRPCError } from "@trpc/server";
import { and, eq, sql } from "drizzle-orm";
import type { Database, DbOrTx } from "@/db/client";
import { companies, needAdoptions, needs } from "@/db/schema";
import { isWithin, sqlSharesGround } from "@/server/access/areas";
import type { OfficerViewer, StaffViewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit/audit";
import { findUnknownAreaCodes } from "@/server/areas/areas.queries";
import { conflict, fieldError, forbidden, notFound } from "@/server/errors";
import { notify } from "@/server/notifications/notifications.service";
import { needPermissions } from "./needs.queries";
import type { AdoptNeedInput, CloseNeedInput, CreateNeedInput, LinkAdoptionInput, UpdateNeedInput } from "./needs.schemas";
import { isLinkableProgram } from "./program-needs.queries";
import { reviewersOfNeedArea } from "./recipients.queries";

/** A need's area must be a known area inside the office's jurisdiction. */
async function checkArea(db: DbOrTx, areaCode: string, jurisdiction: string) {
  if (!isWithin(areaCode, jurisdiction)) throw fieldError("areaCode", "errors.outsideJurisdiction");
  if ((await findUnknownAreaCodes(db, [areaCode])).length) throw fieldError("areaCode", "errors.areaUnknown");
}

async function checkProgram(db: DbOrTx, officer: OfficerViewer, programId: string | null) {
  if (programId && !(await isLinkableProgram(db, officer.companyId, programId))) {
    throw fieldError("programId", "errors.programNotLinkable");
  }
}

const needFields = (f: CreateNeedInput) => ({
  areaCode: f.areaCode,
  sector: f.sector,
  targetGroup: f.targetGroup,
  title: f.title,
  description: f.description,
  estimatedBudgetIdr: f.estimatedBudgetIdr,
  source: f.source,
  sourceNote: f.sourceNote,
  allowCofunding: f.allowCofunding,
});

/** Publishes a need on behalf of the reviewer's office, in an area of its jurisdiction. */
export async function publishNeed(db: Database, staff: StaffViewer, f: CreateNeedInput, ip: string | null = null) {
  return db.transaction(async (tx) => {
    await checkArea(tx, f.areaCode, staff.jurisdiction);
    const [row] = await tx
      .insert(needs)
      .values({ ...needFields(f), jurisdiction: staff.jurisdiction, createdBy: staff.userId })
      .returning({ id: needs.id, version: needs.version });
    if (!row) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR" });
    await recordAudit(tx, {
      actorId: staff.userId,
      action: "need.publish",
      targetType: "need",
      targetId: row.id,
      ip,
      details: { title: f.title, areaCode: f.areaCode },
    });
    return row;
  });
}

/**
 * Locks a need the staff member may change: one they can see (otherwise not found) that their
 * office or one below it published (otherwise forbidden), still open, at the version they saw.
 */
async function loadForChange(tx: DbOrTx, staff: StaffViewer, id: string, version: number) {
  const [n] = await tx
    .select({
      id: needs.id,
      jurisdiction: needs.jurisdiction,
      status: needs.status,
      allowCofunding: needs.allowCofunding,
      version: needs.version,
    })
    .from(needs)
    .where(and(eq(needs.id, id), sqlSharesGround(needs.areaCode, staff.jurisdiction)))
    .for("update");
  if (!n) throw notFound();
  if (!needPermissions(staff, n, 0, false).canEdit) {
    if (n.status !== "open") throw new TRPCError({ code: "FORBIDDEN", message: "errors.needClosed" });
    throw forbidden();
  }
  if (n.version !== version) throw conflict("errors.staleVersion");
  return n;
}

/** Saves an edit. Optimistic locking: a copy older than the stored version is refused with CONFLICT. */
export async function updateNeed(db: Database, staff: StaffViewer, f: UpdateNeedInput, ip: string | null = null) {
  return db.transaction(async (tx) => {
    const current = await loadForChange(tx, staff, f.id, f.version);
    await checkArea(tx, f.areaCode, current.jurisdiction);
    const [row] = await tx
      .update(needs)
      .set({ ...needFields(f), version: sql`${needs.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(needs.id, f.id), eq(needs.version, f.version)))
      .returning({ id: needs.id, version: needs.version });
    if (!row) throw conflict("errors.staleVersion");
    await recordAudit(tx, { actorId: staff.userId, action: "need.update", targetType: "need", targetId: f.id, ip });
    return row;
  });
}

/** Closes a need: it leaves the catalogue; existing adoptions stay. */
export async function closeNeed(db: Database, staff: StaffViewer, f: CloseNeedInput, ip: string | null = null) {
  return db.transaction(async (tx) => {
    await loadForChange(tx, staff, f.id, f.version);
    const [row] = await tx
      .update(needs)
      .set({ status: "closed", version: sql`${needs.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(needs.id, f.id), eq(needs.version, f.version)))
      .returning({ id: needs.id, version: needs.version, status: needs.status });
    if (!row) throw conflict("errors.staleVersion");
    await recordAudit(tx, { actorId: staff.userId, action: "need.close", targetType: "need", targetId: f.id, ip });
    return row;
  });
}

/**
 * Adopts a need for the officer's company. The need's row is locked (SELECT … FOR UPDATE) before
 * its adoptions are counted, so of two companies adopting at once exactly one wins and the other
 * gets CONFLICT `errors.needTaken`, unless the need is open to co-funding. The reviewers of the
 * need's area are notified in the same transaction.
 */
export async function adoptNeed(db: Database, officer: OfficerViewer, input: AdoptNeedInput, ip: string | null = null) {
  return db.transaction(async (tx) => {
    const [need] = await tx
      .select({ id: needs.id, title: needs.title, areaCode: needs.areaCode, status: needs.status, allowCofunding: needs.allowCofunding })
      .from(needs)
      .where(eq(needs.id, input.needId))
      .for("update");
    if (!need) throw notFound();
    if (need.status !== "open") throw conflict("errors.needClosed");
    await checkProgram(tx, officer, input.programId);
    const taken = await tx.select({ companyId: needAdoptions.companyId }).from(needAdoptions).where(eq(needAdoptions.needId, need.id));
    if (taken.some((a) => a.companyId === officer.companyId)) throw conflict("errors.needAlreadyAdopted");
    if (!need.allowCofunding && taken.length > 0) throw conflict("errors.needTaken");
    const [row] = await tx
      .insert(needAdoptions)
      .values({ needId: need.id, companyId: officer.companyId, programId: input.programId, adoptedBy: officer.userId })
      .returning({ id: needAdoptions.id, needId: needAdoptions.needId, programId: needAdoptions.programId });
    if (!row) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR" });
    await recordAudit(tx, {
      actorId: officer.userId,
      action: "need.adopt",
      targetType: "need",
      targetId: need.id,
      ip,
      details: { companyId: officer.companyId, programId: input.programId },
    });
    const [company] = await tx.select({ name: companies.name }).from(companies).where(eq(companies.id, officer.companyId));
    await notify(
      tx,
      await reviewersOfNeedArea(tx, need.areaCode),
      {
        kind: "need_adopted",
        link: `/needs?id=${need.id}&status=all`,
        payload: { needTitle: need.title, companyName: company?.name ?? "" },
      },
      officer.userId,
    );
    return row;
  });
}

/** Sets or clears the program that answers the company's adoption of a need. */
export async function linkAdoption(db: Database, officer: OfficerViewer, input: LinkAdoptionInput, ip: string | null = null) {
  return db.transaction(async (tx) => {
    await checkProgram(tx, officer, input.programId);
    const [row] = await tx
      .update(needAdoptions)
      .set({ programId: input.programId })
      .where(and(eq(needAdoptions.needId, input.needId), eq(needAdoptions.companyId, officer.companyId)))
      .returning({ id: needAdoptions.id, needId: needAdoptions.needId, programId: needAdoptions.programId });
    if (!row) throw notFound();
    await recordAudit(tx, {
      actorId: officer.userId,
      action: "need.link",
      targetType: "need",
      targetId: input.needId,
      ip,
      details: { programId: input.programId },
    });
    return row;
  });
}
