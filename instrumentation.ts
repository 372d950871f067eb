/** Opens and prepares the database when the server starts, so the first request does not wait. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Before any request: the client address must come from the socket, not from what a client wrote.
  const { installPeerAddressHook } = await import("@/server/http/peer-address");
  const { proxyTrust } = await import("@/server/auth/request-ip");
  installPeerAddressHook();
  proxyTrust(); // a wrong TRUSTED_PROXIES stops the start instead of failing every sign-in
  // `next build` also loads instrumentation; the build must not open (and lock) the data directory.
  if (process.env.NEXT_PHASE !== "phase-production-build") {
    const { getAppDatabase } = await import("@/server/db");
    await getAppDatabase();
  }
}
