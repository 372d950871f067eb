import "server-only";
import type { DbOrTx } from "@/db/client";
import { areas } from "@/db/schema";
import { buildPlaceIndex, type PlaceIndex } from "./resolve";

// PROVISIONAL (wt-pipeline): stands in for wt-places' loader until that branch is merged.
let cached: Promise<PlaceIndex> | null = null;

/** The index of every area, built once per process (the register changes only with a release). */
export function loadPlaceIndex(db: DbOrTx): Promise<PlaceIndex> {
  cached ??= db
    .select({ code: areas.code, parentCode: areas.parentCode, level: areas.level, name: areas.name })
    .from(areas)
    .then((rows) => buildPlaceIndex(rows));
  return cached;
}
