// The `csr` command line for admins and scripts: import, overlaps, rescan, send-emails, help.
//   npm run csr -- help
import { openConfiguredDatabase } from "@/db/client";
import { runCsr } from "@/server/cli/csr";
import { runJobsUntilIdle } from "@/server/jobs/runner";
import { prepareDatabase } from "@/server/setup/prepare";

const io = {
  out: (line: string) => process.stdout.write(line + "\n"),
  err: (line: string) => process.stderr.write(line + "\n"),
};
// stdout carries results only (`overlaps --json` is piped into other tools): whatever a library
// logs goes to stderr.
console.log = console.info = console.debug = console.warn = (...args: unknown[]) => console.error(...args);

async function openDatabase() {
  const handle = await openConfiguredDatabase();
  try {
    await prepareDatabase(handle, "never", io.err);
  } catch (err) {
    await handle.close();
    throw err;
  }
  if (handle.kind !== "pglite") return handle;
  // On PGlite the command line has the database to itself (the app is stopped): before closing,
  // it runs the jobs its command queued (e-mail about new flags, say), and any the app left.
  return {
    db: handle.db,
    close: async () => {
      try {
        const ran = await runJobsUntilIdle(handle.db, { log: io.err });
        if (ran) io.err(`[jobs] ran ${ran} queued jobs`);
      } finally {
        await handle.close();
      }
    },
  };
}

runCsr(process.argv.slice(2), io, openDatabase).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    io.err(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exitCode = 1;
  },
);
