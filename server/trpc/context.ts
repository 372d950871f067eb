import "server-only";
import { getSessionClaims } from "@/server/auth/config";
import { clientIp } from "@/server/auth/request-ip";
import { resolveViewer } from "@/server/auth/viewer";
import { getAppDatabase } from "@/server/db";
import type { Context } from "./init";

/** Context for an HTTP request and for server components: the database and the fresh viewer. */
export async function createRequestContext(headers: Headers): Promise<Context> {
  const claims = await getSessionClaims();
  const db = await getAppDatabase();
  const viewer = await resolveViewer(db, claims);
  return {
    db,
    viewer,
    ip: clientIp(headers),
  };
}
