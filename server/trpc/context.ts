import "server-only";
import type { Database } from "@/db/client";
import { getSessionClaims } from "@/server/auth/config";
import { clientIp } from "@/server/auth/request-ip";
import { resolveViewer, type Viewer } from "@/server/auth/viewer";
import { getAppDatabase } from "@/server/db";
import { timeZoneOfViewer } from "@/server/i18n/time-zone";
import type { IndonesianTimeZone } from "@/lib/time-zone";
import type { Context } from "./init";

/** Context for an HTTP request and for server components: the database and the fresh viewer. */
export async function createRequestContext(headers: Headers): Promise<Context> {
  const claims = await getSessionClaims();
  const db = await getAppDatabase();
  return contextFor(db, headers, await resolveViewer(db, claims));
}

/**
 * The context around a viewer already read for this request (a page's prefetches share the page's).
 * `timeZone` defaults to the viewer's area's, read when a procedure first needs it.
 */
export function contextFor(db: Database, headers: Headers, viewer: Viewer | null, timeZone?: () => Promise<IndonesianTimeZone>): Context {
  return viewerContext(db, viewer, clientIp(headers), timeZone);
}

/** A context for a viewer and client address (the tests' callers build theirs with it too). */
export function viewerContext(db: Database, viewer: Viewer | null, ip: string | null, timeZone?: () => Promise<IndonesianTimeZone>): Context {
  let zone: Promise<IndonesianTimeZone> | undefined;
  return { db, viewer, ip, timeZone: timeZone ?? (() => (zone ??= timeZoneOfViewer(db, viewer))) };
}
