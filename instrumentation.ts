/** Opens and prepares the database when the server starts, so the first request does not wait. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { getAppDatabase } = await import("@/server/db");
    await getAppDatabase();
  }
}
