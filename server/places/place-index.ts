import "server-only";
import type { DbOrTx } from "@/db/client";
import { areas } from "@/db/schema";
import { buildPlaceIndex, type PlaceIndex } from "./resolve";

/**
 * The place index over the `areas` table, read once per process: the register does not change
 * while the app runs (it is loaded by the seed), and reading 91,599 rows per import would be waste.
 */
let cached: Promise<PlaceIndex> | null = null;

export function loadPlaceIndex(db: DbOrTx): Promise<PlaceIndex> {
  if (!cached) {
    const loading = db
      .select({ code: areas.code, parentCode: areas.parentCode, level: areas.level, name: areas.name })
      .from(areas)
      .then((rows) => {
        // An empty register (a database not seeded yet) is not remembered: the seed may come next.
        if (rows.length === 0 && cached === loading) cached = null;
        return buildPlaceIndex(rows);
      });
    // Nor is a failed read: the next import tries again.
    loading.catch(() => {
      if (cached === loading) cached = null;
    });
    cached = loading;
  }
  return cached;
}

/** Forgets the loaded index (tests that load areas into a fresh database). */
export function resetPlaceIndex(): void {
  cached = null;
}
