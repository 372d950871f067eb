/** Opens and prepares the database when the server starts, so the first request does not wait. */
export async function register() {
  // `next build` also loads instrumentation; the build must not open (and lock) the data directory.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    // TRACE and the other methods fetch forbids: 405 at the HTTP server (see the module).
    (await import("@/server/http/forbidden-methods")).refuseForbiddenMethods();
    const { getAppDatabase } = await import("@/server/db");
    await getAppDatabase();
  }
}
