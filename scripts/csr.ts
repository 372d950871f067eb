// The `csr` command line for admins and scripts: import, overlaps, rescan, send-emails, help.
//   npm run csr -- help
import { openConfiguredDatabase } from "@/db/client";
import { runCsr } from "@/server/cli/csr";
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
  return handle;
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
