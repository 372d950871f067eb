import "server-only";
import type { DbOrTx } from "@/db/client";
import type { StaffViewer } from "@/server/auth/viewer";
import type { DashboardFilters } from "@/server/dashboard/dashboard.schemas";
import { sql } from "drizzle-orm";
import { registryShares } from "@/server/beneficiaries/registry.service";
import { listNeedGaps } from "@/server/needs/gaps.queries";
import { touchesArea } from "@/server/programs/programs.queries";
import { getTargetingView } from "@/server/targeting/targeting.queries";
import { listDecisions, listFirstSubmissions } from "./brief.queries";
import type { IndonesianTimeZone } from "@/lib/time-zone";
import { rangeBounds, type BriefInput, type OpenIssuesInput } from "./brief.schemas";
import { listOpenFlags } from "./open-flags.queries";

/** Enough rows for a meeting; each section still reports its full count. */
export const BRIEF_LIST_LIMIT = 200;

const splitInput = ({ from, to, ...filters }: BriefInput): { from: string; to: string; filters: DashboardFilters } => ({
  from,
  to,
  filters,
});

/**
 * The targeting view's blank spots (poor areas no filtered program reaches), with the poverty
 * figures behind them; the year is the filter's, else the year the range ends in.
 */
async function listBlankSpots(db: DbOrTx, viewer: StaffViewer, filters: DashboardFilters, year: number) {
  const view = await getTargetingView(db, viewer, { ...filters, year });
  const items = view.areas
    .filter((a) => a.isBlankSpot)
    .map((a) => ({ code: a.code, name: a.name, povertyRate: a.povertyRate, poorPeople: a.poorPeople }));
  return { total: items.length, items, threshold: view.thresholds.blankSpotRate, year };
}

/**
 * Tepat sasaran per company (issue 12): the listed people in registry deciles 1–4, 5–10 and not
 * in it, within the viewer's jurisdiction, counts below 5 hidden; as of now, whatever the range.
 */
async function listRegistryTargeting(db: DbOrTx, viewer: StaffViewer) {
  const shares = await registryShares(db, sql`p.status <> 'draft' AND ${touchesArea(viewer.jurisdiction, sql`p.id`)}`);
  return { registrySize: shares.registrySize, total: shares.total, byCompany: shares.byCompany };
}

/**
 * A meeting brief for a date range (calendar days in the viewer's zone, both included): programs submitted for
 * the first time, decisions taken, overlap flags raised and still open, and the needs nobody
 * has adopted and the blank spots (as of now, whatever the range). All within the viewer's
 * jurisdiction and filters.
 */
export async function getBrief(db: DbOrTx, viewer: StaffViewer, input: BriefInput, zone: IndonesianTimeZone) {
  const { from, to, filters } = splitInput(input);
  const range = rangeBounds(from, to, zone);
  const [submissions, decisions, flags, gaps, blankSpots, targeting] = await Promise.all([
    listFirstSubmissions(db, viewer, filters, range, BRIEF_LIST_LIMIT),
    listDecisions(db, viewer, filters, range, BRIEF_LIST_LIMIT),
    listOpenFlags(db, viewer, filters, BRIEF_LIST_LIMIT, range),
    listNeedGaps(db, viewer, BRIEF_LIST_LIMIT, { sector: filters.sector, area: filters.area }),
    listBlankSpots(db, viewer, filters, filters.year ?? Number(to.slice(0, 4))),
    listRegistryTargeting(db, viewer),
  ]);
  return { from, to, zone, filters, generatedAt: new Date(), submissions, decisions, flags, gaps, blankSpots, targeting };
}

export type Brief = Awaited<ReturnType<typeof getBrief>>;

/**
 * What stays open whatever the date: the highest-scoring open flags, the oldest unadopted needs
 * and the blank spots (for the filter's year, else `currentYear`).
 */
export async function getOpenIssues(db: DbOrTx, viewer: StaffViewer, input: OpenIssuesInput, currentYear: number) {
  const { limit, ...filters } = input;
  const [flags, gaps, blankSpots] = await Promise.all([
    listOpenFlags(db, viewer, filters, limit),
    listNeedGaps(db, viewer, limit, { sector: filters.sector, area: filters.area }),
    listBlankSpots(db, viewer, filters, filters.year ?? currentYear),
  ]);
  return { flags, gaps, blankSpots };
}
