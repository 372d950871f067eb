import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { companies, priorityPrograms, users } from "@/db/schema";
import { createActivity, SYSTEM_ACTOR } from "@/server/government/government.service";
import type { CreateActivityValues } from "@/server/government/government.schemas";
import { AREAS, insertProgram, programInput, type Fixtures } from "@/server/test/fixtures";

/** The five kinds of caller every entry of the authorization matrix is tried with. */
export const WHO = ["admin", "reviewer", "officer", "viewer", "signedOut"] as const;
export type Who = (typeof WHO)[number];
export const SIGNED_IN: readonly Who[] = ["admin", "reviewer", "officer", "viewer"];
export const STAFF: readonly Who[] = ["admin", "reviewer"];
export const AUDIENCE: readonly Who[] = ["admin", "reviewer", "viewer"];

/** Which fixture user plays each kind of caller (an officer of company A; staff of the province). */
export const FIXTURE_USER = { admin: "admin", reviewer: "reviewer", officer: "officerA", viewer: "viewer" } as const;

export interface MatrixSetup {
  db: Database;
  fx: Fixtures;
  /** A submitted program of company A in Samarinda, which every role can see. */
  submittedId: string;
}

let serial = 0;
const next = () => ++serial;
const unknownId = () => randomUUID();

async function freshProgram(s: MatrixSetup, status: "draft" | "submitted" | "in_progress") {
  return insertProgram(s.db, { companyId: s.fx.companies.a, ref: `MX-${next()}`, status, areas: [AREAS.samarindaWard] });
}

async function versionOf(db: Database, table: typeof companies | typeof priorityPrograms | typeof users, id: string): Promise<number> {
  const [row] = await db.select({ version: table.version }).from(table).where(eq(table.id, id));
  return row?.version ?? 1;
}

const activityInput = (ref: string): CreateActivityValues => ({
  ref,
  agency: "Dinas Perkim Kota Samarinda",
  funding: "apbd_regency",
  title: "Rehabilitasi Rumah Tidak Layak Huni",
  sector: "infrastructure",
  targetGroupText: "keluarga miskin",
  areaCodes: [AREAS.samarindaWard],
  startDate: "2026-01-01",
  endDate: "2026-12-31",
  budgetIdr: 500_000_000,
  plannedBeneficiaries: 20,
  sourceName: "DPA Dinas Perkim 2026 (matriks)",
});

/** A government activity written by the operator, for the staff's update and delete to act on. */
async function freshActivity(s: MatrixSetup) {
  return (await createActivity(s.db, SYSTEM_ACTOR, activityInput(`GOV-MX-${next()}`))).id;
}

const govCsv = Buffer.from("ref,agency,funding,title,description,sector,target_group,locations,start_date,end_date,budget_idr,beneficiaries\n").toString("base64");
const tinyCsv = Buffer.from("ref,company,title\n").toString("base64");

/**
 * Minimal valid input of each procedure for a caller, built fresh for each call where a call
 * changes what it acts on. An allowed caller must get past every guard with it.
 */
export const INPUTS: Record<string, (s: MatrixSetup, who: Who) => unknown> = {
  "areas.children": () => ({ parent: "64" }),
  "areas.search": () => ({ q: "Samarinda" }),
  "areas.describe": () => ({ codes: ["64.72"] }),
  "audit.search": () => ({}),
  // The officer's own submitted program: not running yet, so the preview and the upload are refused in their answer.
  "beneficiaries.preview": (s) => ({ programId: s.submittedId, filename: "penerima.csv", contentBase64: tinyCsv }),
  "beneficiaries.confirm": (s) => ({ programId: s.submittedId, filename: "penerima.csv", contentBase64: tinyCsv, skipInvalid: false, purposeAcknowledged: true }),
  "beneficiaries.lists": () => ({}),
  "beneficiaries.delete": (s) => ({ programId: s.submittedId }),
  "beneficiaries.sharedRows": (s) => ({ programId: s.submittedId }),
  "beneficiaries.importRegistry": () => ({ filename: "dtsen.csv", contentBase64: tinyCsv }),
  "brief.get": () => ({ from: "2026-03-01", to: "2026-03-31" }),
  "brief.openIssues": () => ({}),
  "companies.list": () => ({}),
  "companies.options": (s) => ({ q: "PT", ids: [s.fx.companies.a] }),
  "companies.create": () => ({ name: `PT Matriks ${next()}`, jurisdictions: ["64"] }),
  "companies.update": async (s) => ({
    id: s.fx.companies.b,
    version: await versionOf(s.db, companies, s.fx.companies.b),
    name: "PT Beta Sawit",
    contactEmail: "csr@beta.test",
    contactName: "Budi",
    jurisdictions: ["64"],
  }),
  "compliance.report": () => ({ year: 2026 }),
  "dashboard.summary": () => ({}),
  "dashboard.matrix": () => ({ year: 2026 }),
  "government.list": () => ({ area: AREAS.samarindaWard }),
  "government.byId": async (s) => ({ id: await freshActivity(s) }),
  "government.nearby": () => ({ areaCodes: [AREAS.samarindaWard], sector: "infrastructure", title: "bedah rumah" }),
  "government.create": () => activityInput(`GOV-MX-NEW-${next()}`),
  "government.update": async (s) => ({ ...activityInput(`GOV-MX-UP-${next()}`), id: await freshActivity(s), version: 1 }),
  "government.delete": async (s) => ({ id: await freshActivity(s), version: 1 }),
  // A header-only file: past every guard, refused row-less by the import itself, nothing saved.
  "government.importPreview": () => ({ filename: "kegiatan.csv", contentBase64: govCsv }),
  "government.importConfirm": () => ({ filename: "kegiatan.csv", contentBase64: govCsv }),
  "imports.start": () => ({ filename: "kosong.csv", contentBase64: tinyCsv }),
  "imports.status": () => ({ id: unknownId() }),
  "imports.preview": () => ({ filename: "kosong.csv", contentBase64: tinyCsv }),
  "imports.getPreview": () => ({ id: unknownId() }),
  "imports.fixRow": () => ({ id: unknownId(), row: 2, targetGroup: "elderly" }),
  "imports.confirm": () => ({ id: unknownId(), mode: "draft" }),
  "indicators.import": () => ({ filename: "kosong.csv", contentBase64: tinyCsv }),
  "indicators.list": () => ({}),
  "needs.list": () => ({}),
  "needs.byId": () => ({ id: unknownId() }),
  "needs.publish": () => ({
    areaCode: AREAS.samarindaWard,
    sector: "health",
    targetGroup: "children",
    title: `Kebutuhan matriks ${next()}`,
    description: "Posyandu membutuhkan timbangan dan alat ukur tinggi badan.",
    estimatedBudgetIdr: 10_000_000,
    source: "musrenbang",
  }),
  "needs.update": () => ({
    id: unknownId(),
    version: 1,
    areaCode: AREAS.samarindaWard,
    sector: "health",
    targetGroup: "children",
    title: "Kebutuhan yang tidak ada",
    description: "Posyandu membutuhkan timbangan dan alat ukur tinggi badan.",
    estimatedBudgetIdr: 10_000_000,
    source: "musrenbang",
  }),
  "needs.close": () => ({ id: unknownId(), version: 1 }),
  "needs.adopt": () => ({ needId: unknownId() }),
  "needs.link": () => ({ needId: unknownId() }),
  "needs.gaps": () => ({}),
  "needs.forProgram": (s) => ({ programId: s.submittedId }),
  "notifications.list": () => ({}),
  "notifications.markRead": () => ({ ids: [unknownId()] }),
  "overlaps.check": () => ({
    title: "PMT balita",
    sector: "health",
    areaCodes: [AREAS.samarindaWard],
    startDate: "2026-01-01",
    endDate: "2026-12-31",
  }),
  "overlaps.forSaved": (s) => ({ programId: s.submittedId }),
  "overlaps.queue": () => ({}),
  "overlaps.byId": () => ({ id: unknownId() }),
  "overlaps.resolve": () => ({ id: unknownId(), version: 1, resolution: "distinct", note: "Sasaran berbeda desa" }),
  "overlaps.cluster": () => ({ id: unknownId() }),
  "overlaps.resolveCluster": () => ({ id: unknownId(), version: 1, resolution: "distinct", note: "Sasaran berbeda desa" }),
  "overlaps.forProgram": (s) => ({ programId: s.submittedId }),
  "overlaps.addTerm": () => ({ term: `istilah matriks ${next()}`, concept: "konsep matriks" }),
  "overlaps.setTermActive": () => ({ id: 999_999, isActive: true }),
  "priorityPrograms.list": () => ({}),
  "priorityPrograms.create": () => ({ name: `Prioritas matriks ${next()}`, jurisdiction: "64" }),
  "priorityPrograms.update": async (s) => ({
    id: s.fx.priorityProgramId,
    version: await versionOf(s.db, priorityPrograms, s.fx.priorityProgramId),
    name: "Percepatan Penurunan Stunting",
    jurisdiction: "64",
    isActive: true,
  }),
  "programs.list": () => ({}),
  "programs.byId": (s) => ({ id: s.submittedId }),
  "programs.create": () => programInput({ ref: `MX-NEW-${next()}` }),
  "programs.update": async (s) => ({ ...programInput(), id: await freshProgram(s, "draft"), version: 1 }),
  "programs.submit": async (s) => ({ id: await freshProgram(s, "draft"), version: 1 }),
  "realization.report": async (s) => ({ id: await freshProgram(s, "in_progress"), version: 1, reachedBeneficiaries: 10, realizedBudgetIdr: 1_000 }),
  // The owner moves its own draft; staff decide a submitted program; a viewer tries a decision.
  "reviews.transition": async (s, who) =>
    who === "officer"
      ? { id: await freshProgram(s, "draft"), version: 1, action: "submit" }
      : { id: await freshProgram(s, "submitted"), version: 1, action: "approve" },
  "reviews.history": (s) => ({ programId: s.submittedId }),
  "reviews.acknowledgements": (s) => ({ programId: s.submittedId }),
  "home.officer": () => ({}),
  "reviews.diff": (s) => ({ programId: s.submittedId, from: 1, to: 2 }),
  "settings.setHomeProvince": () => ({ code: "64" }),
  "settings.setPublicPage": () => ({ enabled: true }),
  // Off: the matrix's own approvals must not depend on the order the procedures are tried in.
  "settings.setRequireFigures": () => ({ enabled: false }),
  // The default: the matrix's own checks must not depend on the order the procedures are tried in.
  "settings.setRepeatYears": () => ({ years: 3 }),
  "settings.setOfficeName": () => ({ name: "Dinas Sosial Provinsi Kalimantan Timur" }),
  "targetGroups.addTerm": () => ({ term: `sasaran matriks ${next()}`, category: "elderly" }),
  "targetGroups.removeTerm": () => ({ term: "istilah yang tidak ada" }),
  "targeting.view": () => ({ year: 2026 }),
  "users.list": () => ({}),
  "users.create": () => ({ email: `matriks${next()}@test.id`, name: "Petugas Matriks", role: "viewer", jurisdiction: "64", password: "Sandi-Matriks-Kuat-2026" }),
  "users.update": async (s) => ({
    id: s.fx.users.officerB.userId,
    version: await versionOf(s.db, users, s.fx.users.officerB.userId),
    name: "officerB",
    role: "officer",
    companyId: s.fx.companies.b,
  }),
  "users.resetPassword": () => ({ id: unknownId(), password: "Sandi-Matriks-Kuat-2026" }),
  "users.requirePasswordChange": () => ({ id: unknownId() }),
  // A wrong current password: the caller gets past every guard and is refused at the field.
  "users.changePassword": () => ({ currentPassword: "bukan-sandi-ini", newPassword: "Sandi-Matriks-Kuat-2026", confirmPassword: "Sandi-Matriks-Kuat-2026" }),
  "users.setActive": () => ({ id: unknownId(), isActive: true }),
};
