import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getAppDatabase } from "@/server/db";
import { getSessionClaims } from "./config";
import { resolveViewer, type Viewer } from "./viewer";

/** The viewer for this request (cached per request), or null. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const db = await getAppDatabase();
  return resolveViewer(db, await getSessionClaims());
});

/** For pages: the viewer, or a redirect to sign-in. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  return viewer;
}
