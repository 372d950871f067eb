/** Opens and prepares the database when the server starts, so the first request does not wait; starts the in-app worker. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Before any request: the client address must come from the socket, not from what a client
  // wrote, and TRACE gets a 405 rather than a 500 from inside Next.
  const { installRequestHooks } = await import("@/server/http/request-hooks");
  const { proxyTrust } = await import("@/server/auth/request-ip");
  installRequestHooks();
  proxyTrust(); // a wrong TRUSTED_PROXIES stops the start instead of failing every sign-in
  // A weak BENEFICIARY_KEY stops the start rather than tokenising NIKs under a guessable key.
  if (process.env.BENEFICIARY_KEY) {
    const { getBeneficiaryKey } = await import("@/server/beneficiaries/key");
    getBeneficiaryKey();
  }
  // `next build` also loads instrumentation; the build must not open (and lock) the data directory.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { getAppDatabaseHandle } = await import("@/server/db");
    const handle = await getAppDatabaseHandle();
    // On PGlite (and on PostgreSQL with WORKER_IN_APP=1) this process also runs the queue's jobs.
    const { startInAppWorker } = await import("@/server/jobs/in-app");
    await startInAppWorker(handle);
  }
}
