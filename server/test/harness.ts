import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { inject } from "vitest";
import { openPglite, openPostgres, type Database, type DatabaseHandle } from "@/db/client";
import { resolveViewer, type SessionClaims, type Viewer } from "@/server/auth/viewer";
import { createCaller } from "@/server/trpc/root";
import { viewerContext } from "@/server/trpc/context";
import { dropPostgresDatabase, withDatabase } from "./template";

export type TestDbKind = "pglite" | "postgres";

/**
 * A fresh database for one test file: PGlite loaded from the template dump, or, when
 * TEST_DATABASE_URL is set, a new PostgreSQL database cloned from the template database.
 */
export async function createTestDatabase(): Promise<DatabaseHandle & { kindLabel: TestDbKind }> {
  const url = process.env.TEST_DATABASE_URL;
  const template = inject("postgresTemplate");
  if (process.env.TEST_DB_KIND === "postgres") {
    if (!url || !template) throw new Error("TEST_DB_KIND=postgres needs TEST_DATABASE_URL");
    const name = `${template.replace(/_tmpl_\d+$/, "")}_t${randomBytes(5).toString("hex")}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    } finally {
      await admin.end();
    }
    const h = await openPostgres(withDatabase(url, name), 5);
    return {
      ...h,
      kindLabel: "postgres",
      close: async () => {
        await h.close();
        await dropPostgresDatabase(url, name);
      },
    };
  }
  const dump = readFileSync(inject("pgliteTemplate"));
  const h = await openPglite({ dataDir: null, loadDataDir: new Blob([dump]) });
  return { ...h, kindLabel: "pglite" };
}

/**
 * Background work is queue jobs, as in the app; tests run the worker's own handlers until the
 * queue holds nothing due (options: handlers to stand in for some kinds, a mail transport).
 */
export { runJobsUntilIdle } from "@/server/jobs/runner";

/** A tRPC caller acting as whoever these session claims belong to (null: signed out). */
export async function callerFor(db: Database, claims: SessionClaims | null, ip = "203.0.113.7") {
  const viewer = await resolveViewer(db, claims);
  return createCaller(viewerContext(db, viewer, ip));
}

/** A caller for a viewer built by hand, for cases the database cannot produce. */
export function callerWithViewer(db: Database, viewer: Viewer | null) {
  return createCaller(viewerContext(db, viewer, "203.0.113.7"));
}
