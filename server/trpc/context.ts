import "server-only";
import type { Database } from "@/db/client";
import { getSessionClaims } from "@/server/auth/config";
import { clientIp } from "@/server/auth/request-ip";
import { resolveViewer, type Viewer } from "@/server/auth/viewer";
import { getAppDatabase } from "@/server/db";
import type { Context } from "./init";

/** Context for an HTTP request and for server components: the database and the fresh viewer. */
export async function createRequestContext(headers: Headers): Promise<Context> {
  const claims = await getSessionClaims();
  const db = await getAppDatabase();
  return contextFor(db, headers, await resolveViewer(db, claims));
}

/** The context around a viewer already read for this request (a page's prefetches share the page's). */
export function contextFor(db: Database, headers: Headers, viewer: Viewer | null): Context {
  return {
    db,
    viewer,
    ip: clientIp(headers),
  };
}
