/** Opens and prepares the database when the server starts, so the first request does not wait; starts the in-app worker. */
export async function register() {
  // `next build` also loads instrumentation; the build must not open (and lock) the data directory.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { getAppDatabaseHandle } = await import("@/server/db");
    const handle = await getAppDatabaseHandle();
    // On PGlite (and on PostgreSQL with WORKER_IN_APP=1) this process also runs the queue's jobs.
    const { startInAppWorker } = await import("@/server/jobs/in-app");
    await startInAppWorker(handle);
  }
}
