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

/** Whoever this request's session belongs to (cached per request), even with a password change pending. */
export const getSessionViewer = cache(async (): Promise<Viewer | null> => {
  // Claims first: reading the cookie marks the page dynamic before anything touches the database,
  // so `next build` never opens it while prerendering.
  const claims = await getSessionClaims();
  if (!claims) return null;
  return resolveViewer(await getAppDatabase(), claims);
});

/** The viewer for this request, or null: also null while they must still replace an admin-set password. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const viewer = await getSessionViewer();
  return viewer && !viewer.mustChangePassword ? viewer : null;
});

/** Where a user who must replace their password is sent, whatever page they asked for. */
export const CHANGE_PASSWORD_PATH = "/account/password";

/** For pages: the viewer, or a redirect to sign-in (or to the password change that is pending). */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getSessionViewer();
  if (!viewer) redirect("/sign-in");
  if (viewer.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  return viewer;
}

/** For the password change page: any signed-in viewer, pending change or not. */
export async function requireSessionViewer(): Promise<Viewer> {
  const viewer = await getSessionViewer();
  if (!viewer) redirect("/sign-in");
  return viewer;
}

/** The viewer with the names the page frame shows: their company or their jurisdiction's area. */
export const getViewerProfile = cache(async () => {
  const viewer = await getSessionViewer();
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
