/** Opens and prepares the database when the server starts, so the first request does not wait. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Before any request: the client address must come from the socket, not from what a client
  // wrote, and TRACE gets a 405 rather than a 500 from inside Next.
  const { installRequestHooks } = await import("@/server/http/request-hooks");
  const { proxyTrust } = await import("@/server/auth/request-ip");
  installRequestHooks();
  proxyTrust(); // a wrong TRUSTED_PROXIES stops the start instead of failing every sign-in
  // `next build` also loads instrumentation; the build must not open (and lock) the data directory.
  if (process.env.NEXT_PHASE !== "phase-production-build") {
    const { getAppDatabase } = await import("@/server/db");
    await getAppDatabase();
  }
}
