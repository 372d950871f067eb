// The job worker as its own process: imports, overlap checks, rescans, e-mail, scheduled work.
//   npm run worker            (DATABASE_URL for PostgreSQL; on PGlite only while the app is stopped)
// SIGTERM or SIGINT: stops taking jobs, lets the running ones finish, then exits.
import { openConfiguredDatabase } from "@/db/client";
import { startWorker } from "@/server/jobs/worker";
import { prepareDatabase } from "@/server/setup/prepare";

async function main() {
  const handle = await openConfiguredDatabase();
  await prepareDatabase(handle, "never");
  const worker = await startWorker(handle.db);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[jobs] ${signal}: stopping after the running jobs`);
    await worker.stop();
    await handle.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
