// Backs up the configured database (DATABASE_URL, else PGlite under PGLITE_DIR):
//   npm run db:backup [-- --out FILE]
// Writes FILE and FILE.manifest.json. Exit codes: 0 ok, 1 failure, 2 bad usage.
import { parseArgs } from "node:util";
import { BackupError } from "@/server/backup/manifest";
import { runBackup } from "@/server/backup/backup.service";

const USAGE = "usage: npm run db:backup [-- --out FILE]";

async function main(): Promise<number> {
  let out: string | undefined;
  try {
    const { values } = parseArgs({ options: { out: { type: "string" }, help: { type: "boolean" } } });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    out = values.out;
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : err}\n${USAGE}`);
    return 2;
  }
  console.log(await runBackup({ out, log: (line) => console.error(line) }));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof BackupError ? `backup failed: ${err.message}` : err);
    process.exit(1);
  },
);
