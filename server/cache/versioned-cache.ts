import "server-only";
import { sql } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import { execute, type DbOrTx } from "@/db/client";
import type { StaffViewer } from "@/server/auth/viewer";
import { markShared } from "./shared-values";

// Staff figures (the dashboard's, the program list's count) are the same for everyone with the
// same jurisdiction and filters until the data changes, and a forum meeting asks for them fifty
// times at once. They are kept per key in dashboard_cache with the data version they were computed
// at; a commit that touches programs past draft, their areas, overlap flags or areas bumps the
// version (a trigger, migration 0008), which retires every entry on every instance at once. Each
// instance also keeps the entries it saw in memory, still checked against the version on every read.

/**
 * What makes figures differ between viewers, given the same filters: staff and forum members see
 * the programs past draft that touch their jurisdiction, so the jurisdiction is the whole scope
 * (role and person do not matter). Officers have no key on purpose: they see their own company's
 * drafts, and changes to drafts do not bump the data version.
 */
export function scopeKey(viewer: StaffViewer): string {
  return `jurisdiction:${viewer.jurisdiction}`;
}

/** A key for `name` with the viewer's scope and the filters, the same for the same filters in any order. */
export function cacheKey(name: string, viewer: StaffViewer, filters: Record<string, unknown>): string {
  const set = Object.entries(filters)
    .filter(([, v]) => v !== undefined && v !== null && v !== "")
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${name}|${scopeKey(viewer)}|${JSON.stringify(set)}`;
}

interface Entry {
  version: number;
  value: unknown;
}

const MEMORY_LIMIT = 500;
// Per database object: a process that opens several databases (tests, scripts) keeps them apart.
interface Store {
  memory: Map<string, Entry>;
  /** When this process last finished computing each key, and how long that took (ms). */
  finished: Map<string, { at: number; took: number }>;
  inFlight: Map<string, { version: number; work: Promise<unknown> }>;
  /** Version lookups under way, per key: readers arriving together share one round trip. */
  lookups: Map<string, Promise<{ version: string; value: unknown } | undefined>>;
}
const stores = new WeakMap<object, Store>();

function storeOf(db: DbOrTx): Store {
  let store = stores.get(db);
  if (!store) {
    store = { memory: new Map(), finished: new Map(), inFlight: new Map(), lookups: new Map() };
    stores.set(db, store);
  }
  return store;
}

function remember(memory: Map<string, Entry>, key: string, entry: Entry) {
  markShared(entry.value);
  memory.delete(key);
  memory.set(key, entry);
  if (memory.size > MEMORY_LIMIT) memory.delete(memory.keys().next().value as string);
}

/**
 * A computation that took at least SLOW_MS is not started again for the same key until
 * PAUSE_FACTOR times as long has passed since it finished (at most MAX_PAUSE_MS); readers in
 * between get the figures it produced. Under a steady stream of submits (officers working while a
 * forum meeting watches the dashboard) a national recount after every submit kept a core of the
 * database busy and starved every other request; this bounds a key's recounts to a fifth of one
 * process's time. Quick counts (any single province, the demo data, tests) are never paused.
 */
export const SLOW_MS = 100;
export const PAUSE_FACTOR = 4;
export const MAX_PAUSE_MS = 10_000;

/** The current data version; changes in the same commit as any write the dashboard shows. */
export async function dataVersion(db: DbOrTx): Promise<number> {
  const [row] = (await execute<{ version: string }>(db, sql`SELECT version FROM dashboard_data_version WHERE id = 1`)).rows;
  return Number(row?.version ?? 0);
}

/**
 * `compute()`'s result for `key`, from memory or dashboard_cache when computed at the current
 * data version, else computed now and stored. The version is read before computing, so an entry
 * never claims a version newer than the data it was computed from. Concurrent misses for one key
 * in one process share one computation. The value must survive JSON (plain numbers and strings).
 *
 * While this process computes a key for a newer version, other readers of that key get the
 * figures this process last computed instead of queueing behind it: under a steady stream of
 * submits (a forum meeting's load) every reader would otherwise wait for a national recount after
 * each one. After a slow computation the key also rests for a while (SLOW_MS, PAUSE_FACTOR). So
 * figures are at most one computation, or one rest, old; a reader that comes when neither is under
 * way gets the current ones, so a change is on the dashboard by the next load.
 */
export async function cached<T>(db: DbOrTx, key: string, compute: () => Promise<T>): Promise<T> {
  // Inside a transaction the figures may include its own uncommitted writes, under the old version.
  if (db instanceof PgTransaction) return compute();
  const { memory, finished, inFlight, lookups } = storeOf(db);
  // One round trip: the version, and the stored entry only when memory does not already hold it.
  // Readers of one key that arrive while it runs wait for the same answer instead of asking again;
  // they resume in arrival order, so the first one's computation is registered before the others
  // look for it (without this, a later reader whose own lookup came back first computed again).
  let lookup = lookups.get(key);
  if (!lookup) {
    const held = memory.get(key)?.version ?? null;
    lookup = execute<{ version: string; value: unknown }>(
      db,
      sql`SELECT v.version, CASE WHEN c.data_version = v.version AND c.data_version IS DISTINCT FROM ${held}::bigint
                                 THEN c.value END AS value
          FROM dashboard_data_version v LEFT JOIN dashboard_cache c ON c.key = ${key}
          WHERE v.id = 1`,
    )
      .then((r) => r.rows[0])
      .finally(() => lookups.delete(key));
    lookups.set(key, lookup);
  }
  const row = (await lookup) as { version: string; value: T | null } | undefined;
  const mine = memory.get(key);
  const version = Number(row?.version ?? 0);
  if (mine && mine.version === version) return mine.value as T;
  if (row?.value != null) {
    remember(memory, key, { version, value: row.value });
    return row.value;
  }
  const running = inFlight.get(key);
  if (running && mine) return mine.value as T;
  if (running && running.version >= version) return running.work as Promise<T>;
  const last = finished.get(key);
  if (mine && last && last.took >= SLOW_MS && Date.now() - last.at < Math.min(MAX_PAUSE_MS, last.took * PAUSE_FACTOR)) {
    return mine.value as T;
  }
  const work = (async () => {
    const started = Date.now();
    const value = await compute();
    const done = Date.now();
    finished.delete(key);
    finished.set(key, { at: done, took: done - started });
    if (finished.size > MEMORY_LIMIT) finished.delete(finished.keys().next().value as string);
    await execute(
      db,
      sql`INSERT INTO dashboard_cache (key, data_version, value, computed_at)
          VALUES (${key}, ${version}, ${JSON.stringify(value)}::jsonb, now())
          ON CONFLICT (key) DO UPDATE SET data_version = EXCLUDED.data_version, value = EXCLUDED.value, computed_at = now()
          WHERE dashboard_cache.data_version < EXCLUDED.data_version`,
    );
    remember(memory, key, { version, value });
    return value;
  })();
  const flight = { version, work };
  inFlight.set(key, flight);
  try {
    return await work;
  } finally {
    if (inFlight.get(key) === flight) inFlight.delete(key);
  }
}

/** Forgets this process's copies for `db` (tests; the database's entries stay and are checked as usual). */
export function clearMemoryCache(db: DbOrTx) {
  stores.delete(db);
}
