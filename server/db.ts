import "server-only";
import { openConfiguredDatabase, type Database, type DatabaseHandle } from "@/db/client";
import { prepareDatabase } from "@/server/setup/prepare";

declare global {
  // One database per server process, shared by every route bundle (Next may load this module more than once).
  var __sinergiDatabase: Promise<DatabaseHandle> | undefined;
}

/** The app's database, opened and prepared (migrated, reference data loaded) on first use. */
export async function getAppDatabase(): Promise<Database> {
  return (await getAppDatabaseHandle()).db;
}

/** The same, with which kind of database it is (the in-app worker's setting depends on it). */
export async function getAppDatabaseHandle(): Promise<DatabaseHandle> {
  globalThis.__sinergiDatabase ??= (async () => {
    const handle = await openConfiguredDatabase();
    await prepareDatabase(handle);
    return handle;
  })().catch((err: unknown) => {
    globalThis.__sinergiDatabase = undefined;
    throw err;
  });
  return globalThis.__sinergiDatabase;
}
