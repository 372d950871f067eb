import "server-only";
import { cache } from "react";
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { forumMembers } from "@/db/schema";
import type { Viewer } from "@/server/auth/viewer";
import { getSessionViewer } from "@/server/auth/session";
import { getAppDatabase } from "@/server/db";
import { getHomeProvince } from "@/server/settings/settings.queries";
import { timeZoneOfArea, timeZoneOfAreas, type IndonesianTimeZone } from "@/lib/time-zone";

/**
 * The time zone a viewer reads times in, from their area: a staff member's jurisdiction, an
 * officer's company's forum area, and otherwise (national staff, visitors) the installation's
 * home province.
 */
export async function timeZoneOfViewer(db: DbOrTx, viewer: Viewer | null): Promise<IndonesianTimeZone> {
  let area: string | null = null;
  if (viewer?.role === "officer") {
    const [m] = await db
      .select({ jurisdiction: forumMembers.jurisdiction })
      .from(forumMembers)
      .where(eq(forumMembers.companyId, viewer.companyId))
      .orderBy(asc(forumMembers.joinedAt), asc(forumMembers.jurisdiction))
      .limit(1);
    area = m?.jurisdiction ?? null;
  } else if (viewer) {
    area = viewer.jurisdiction;
  }
  // A national jurisdiction, or a company in no forum, names no province: the home province decides.
  return timeZoneOfArea(area) ?? timeZoneOfAreas(await getHomeProvince(db));
}

/** This request's viewer's time zone (cached per request). */
export const getTimeZone = cache(async (): Promise<IndonesianTimeZone> => {
  const viewer = await getSessionViewer();
  return timeZoneOfViewer(await getAppDatabase(), viewer);
});
