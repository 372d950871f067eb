import "server-only";
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import type { Database, DbOrTx } from "@/db/client";
import { areas } from "@/db/schema";
import { isWithin } from "@/server/access/areas";
import type { StaffViewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit/audit";
import { fieldError } from "@/server/errors";
import { enqueue } from "@/server/jobs/enqueue";
import {
  getHomeProvince,
  getRepeatYears,
  setFiguresRequiredForApproval,
  setHomeProvince,
  setOfficeName,
  setPublicPage,
  setRepeatYears,
} from "./settings.queries";

/** An admin may choose a province inside their own jurisdiction (a national admin: any); the change is audited. */
export async function changeHomeProvince(db: Database, admin: StaffViewer, code: string, ip: string | null) {
  if (!isWithin(code, admin.jurisdiction)) throw fieldError("code", "errors.outsideJurisdiction");
  return db.transaction(async (tx) => {
    const [province] = await tx
      .select({ code: areas.code })
      .from(areas)
      .where(and(eq(areas.code, code), eq(areas.level, 1)));
    if (!province) throw fieldError("code", "errors.province");
    await setHomeProvince(tx, code);
    await recordAudit(tx, { actorId: admin.userId, action: "settings.home_province", ip, details: { code } });
    return { homeProvince: code };
  });
}

/** A switch that governs the whole forum is thrown by an admin whose jurisdiction holds the home province. */
async function requireProvinceAdmin(tx: DbOrTx, admin: StaffViewer) {
  const province = await getHomeProvince(tx);
  if (!isWithin(province, admin.jurisdiction)) throw new TRPCError({ code: "FORBIDDEN", message: "errors.outsideJurisdiction" });
}

/**
 * Publishes or withdraws the public page. It shows the home province's programs, so only an admin
 * whose jurisdiction holds the whole province (its own office, or a national one) decides; audited.
 */
export async function changePublicPage(db: Database, admin: StaffViewer, enabled: boolean, ip: string | null) {
  return db.transaction(async (tx) => {
    await requireProvinceAdmin(tx, admin);
    await setPublicPage(tx, enabled);
    await recordAudit(tx, { actorId: admin.userId, action: "settings.public_page", ip, details: { enabled } });
    return { publicPage: enabled };
  });
}

/**
 * Turns on or off the rule that a program needs its budget and planned beneficiaries before it is
 * approved. It binds every reviewer of the forum, so the same admins as the public page decide; audited.
 */
export async function changeRequireFigures(db: Database, admin: StaffViewer, enabled: boolean, ip: string | null) {
  return db.transaction(async (tx) => {
    await requireProvinceAdmin(tx, admin);
    await setFiguresRequiredForApproval(tx, enabled);
    await recordAudit(tx, { actorId: admin.userId, action: "settings.require_figures_for_approval", ip, details: { enabled } });
    return { requireFiguresForApproval: enabled };
  });
}

/**
 * Sets how many years apart two programs may be to count as a repeat. It changes what every
 * reviewer is shown, so the province's admins decide; audited. The flags follow through a rescan
 * queued with the change (none when the value stays the same).
 */
export async function changeRepeatYears(db: Database, admin: StaffViewer, years: number, ip: string | null) {
  return db.transaction(async (tx) => {
    await requireProvinceAdmin(tx, admin);
    const before = await getRepeatYears(tx);
    await setRepeatYears(tx, years);
    await recordAudit(tx, { actorId: admin.userId, action: "settings.repeat_years", ip, details: { years, before } });
    if (before !== years) await enqueue(tx, "overlaps.rescan", { actorId: admin.userId, ip });
    return { repeatYears: years };
  });
}

/** The office name on the PDF brief's letterhead; the province's own admins (or national ones) decide; audited. */
export async function changeOfficeName(db: Database, admin: StaffViewer, name: string, ip: string | null) {
  return db.transaction(async (tx) => {
    await requireProvinceAdmin(tx, admin);
    await setOfficeName(tx, name);
    await recordAudit(tx, { actorId: admin.userId, action: "settings.office_name", ip, details: { name } });
    return { officeName: name };
  });
}
