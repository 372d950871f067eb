import "server-only";
import { openConfiguredDatabase, type Database, type DatabaseHandle } from "@/db/client";
import { prepareDatabase } from "@/server/setup/prepare";

declare global {
  // One database per server process, shared by every route bundle (Next may load this module more than once).
  var __sinergiDatabase: Promise<DatabaseHandle> | undefined;
}

/** The app's database, opened and prepared (migrated, reference data loaded) on first use. */
export async function getAppDatabase(): Promise<Database> {
  globalThis.__sinergiDatabase ??= (async () => {
    const handle = await openConfiguredDatabase();
    await prepareDatabase(handle);
    return handle;
  })().catch((err: unknown) => {
    globalThis.__sinergiDatabase = undefined;
    throw err;
  });
  return (await globalThis.__sinergiDatabase).db;
}
