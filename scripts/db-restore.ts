// Restores a backup made by db:backup into the configured database (DATABASE_URL, else PGlite
// under PGLITE_DIR). Stop the app first.
//   npm run db:restore -- FILE [--force]
// --force: PGlite moves a non-empty data directory aside; PostgreSQL replaces the backup's objects
// in a non-empty database. Exit codes: 0 ok, 1 failure, 2 bad usage.
import { parseArgs } from "node:util";
import { BackupError } from "@/server/backup/manifest";
import { runRestore } from "@/server/backup/backup.service";

const USAGE = "usage: npm run db:restore -- FILE [--force]";

async function main(): Promise<number> {
  let file: string;
  let force: boolean;
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: { force: { type: "boolean", default: false }, help: { type: "boolean" } },
    });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    if (positionals.length !== 1 || !positionals[0]) throw new Error("expected exactly one backup file");
    file = positionals[0];
    force = values.force;
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : err}\n${USAGE}`);
    return 2;
  }
  console.log(await runRestore({ file, force, log: (line) => console.error(line) }));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof BackupError ? `restore failed: ${err.message}` : err);
    process.exit(1);
  },
);
