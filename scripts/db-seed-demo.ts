// Seeds the demo forum into the configured database (PGLITE_DIR or DATABASE_URL), after migrating it.
import { openConfiguredDatabase } from "@/db/client";
import { prepareDatabase } from "@/server/setup/prepare";

async function main() {
  const handle = await openConfiguredDatabase();
  try {
    await prepareDatabase(handle, "always");
    console.log(`[db] ${handle.kind}: demo data present.`);
  } finally {
    await handle.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
