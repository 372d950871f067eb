// Applies migrations and loads the area reference data into the configured database. Never seeds demo data.
import { openConfiguredDatabase } from "@/db/client";
import { prepareDatabase } from "@/server/setup/prepare";

async function main() {
  const handle = await openConfiguredDatabase();
  try {
    await prepareDatabase(handle, "never");
    console.log(`[db] ${handle.kind}: migrations applied, areas loaded.`);
  } finally {
    await handle.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
