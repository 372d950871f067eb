import "server-only";
import type { DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemo } from "@/db/seed/demo";
import { loadAreas } from "@/db/seed/regions";
import { hashPassword } from "@/server/auth/password";
import { rescanAll } from "@/server/overlaps/overlaps.service";
import { ensureDefaultThesaurus } from "@/server/overlaps/thesaurus.service";

export type DemoPolicy = "auto" | "always" | "never";

/**
 * Brings a database to the state the app needs: migrations, the area reference data, and on an
 * empty embedded database the demo forum. Safe to run on every start and from every instance.
 * `auto` seeds the demo only on PGlite; `DEMO_DATA=0|1` overrides.
 */
export async function prepareDatabase(handle: DatabaseHandle, policy: DemoPolicy = "auto", log = console.log) {
  const t0 = Date.now();
  await migrateDatabase(handle);
  const areas = await loadAreas(handle.db);
  if (areas.inserted) log(`[db] loaded ${areas.inserted} administrative areas in ${Date.now() - t0} ms`);
  const terms = await ensureDefaultThesaurus(handle.db);
  if (terms) log(`[db] added ${terms} default thesaurus entries`);
  const env = process.env.DEMO_DATA;
  const wantDemo = env === "1" ? true : env === "0" ? false : policy === "always" || (policy === "auto" && handle.kind === "pglite");
  if (wantDemo) {
    const demo = await seedDemo(handle.db, hashPassword);
    if (demo.seeded) {
      const scan = await rescanAll(handle.db);
      log(`[db] seeded the demo forum with ${demo.programs} programs; ${scan.flagged} overlap flags`);
    }
  }
}
