import "server-only";
import { cache } from "react";
import { eq } from "drizzle-orm";
import { notFound, redirect } from "next/navigation";
import type { DbOrTx } from "@/db/client";
import { areas, companies } from "@/db/schema";
import { NATIONAL } from "@/server/access/areas";
import { getAppDatabase } from "@/server/db";
import { getSessionClaims } from "./config";
import { resolveViewer, type Viewer } from "./viewer";

/** The viewer for this request (cached per request), or null. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  // Claims first: reading the cookie marks the page dynamic before anything touches the database,
  // so `next build` never opens it while prerendering.
  const claims = await getSessionClaims();
  if (!claims) return null;
  return resolveViewer(await getAppDatabase(), claims);
});

/** For pages: the viewer, or a redirect to sign-in. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  return viewer;
}

/** The viewer with the names the page frame shows: their company or their jurisdiction's area. */
export const getViewerProfile = cache(async () => {
  const viewer = await getViewer();
  if (!viewer) return null;
  return profileOf(await getAppDatabase(), viewer);
});

/** The name of the viewer's scope: their company, or their jurisdiction's area (null: national). */
export async function profileOf(db: DbOrTx, viewer: Viewer): Promise<{ viewer: Viewer; scopeName: string | null }> {
  if (viewer.role === "officer") {
    const [c] = await db.select({ name: companies.name }).from(companies).where(eq(companies.id, viewer.companyId));
    return { viewer, scopeName: c?.name ?? "" };
  }
  if (viewer.jurisdiction === NATIONAL) return { viewer, scopeName: null };
  const [a] = await db.select({ name: areas.name }).from(areas).where(eq(areas.code, viewer.jurisdiction));
  return { viewer, scopeName: a?.name ?? viewer.jurisdiction };
}

/** For pages limited to some roles: anyone else gets the not-found page, as the procedures would answer. */
export async function requireRole(...roles: Viewer["role"][]): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!roles.includes(viewer.role)) notFound();
  return viewer;
}
