import "server-only";
import { inArray, sql } from "drizzle-orm";
import { execute, type DbOrTx } from "@/db/client";
import { loginThrottle } from "@/db/schema";

/**
 * The failure that blocks a key. `email+ip` (one account from one address) is the lock a user
 * meets: five tries. `ip` stops one address guessing many accounts; an office behind one address
 * gets room. `email` (one account from every address) only slows a distributed attack; it is
 * not applied where the account signed in successfully before (see credentials.ts), so a
 * stranger cannot lock a user out of their usual place.
 */
const BLOCK_AT_FAILURE = { "email+ip": 5, ip: 30, email: 100 } as const;
const BASE_BLOCK_SECONDS = 30;
const MAX_BLOCK_SECONDS = 15 * 60;
/** A quiet hour forgives earlier failures. */
const RESET_AFTER = "1 hour";

export type ThrottleKind = keyof typeof BLOCK_AT_FAILURE;
export const throttleKey = (kind: ThrottleKind, value: string) => `${kind}:${value.trim().toLowerCase()}`;
/** One account tried from one address; a missing address (scripts) counts as its own. */
export const pairKey = (email: string, ip: string | null) => throttleKey("email+ip", `${email.trim()}|${ip ?? "-"}`);

/** The block grows from 30 s and doubles with every further failure, up to 15 minutes. */
export function blockSecondsAfter(kind: ThrottleKind, failures: number): number {
  const over = failures - BLOCK_AT_FAILURE[kind];
  if (over < 0) return 0;
  return Math.min(MAX_BLOCK_SECONDS, BASE_BLOCK_SECONDS * 2 ** over);
}

/** Seconds until the most restrictive of `keys` is free again; 0 when none is blocked. */
export async function secondsBlocked(db: DbOrTx, keys: string[]): Promise<number> {
  const rows = await db
    .select({
      wait: sql<number>`greatest(0, ceil(extract(epoch from (${loginThrottle.blockedUntil} - now()))))::int`,
    })
    .from(loginThrottle)
    .where(inArray(loginThrottle.key, keys));
  return rows.reduce((max, r) => Math.max(max, Number(r.wait ?? 0)), 0);
}

/** Counts one failure against a key and blocks it when it has had too many. */
export async function recordFailure(db: DbOrTx, kind: ThrottleKind, key: string): Promise<number> {
  const res = await execute<{ failures: number }>(
    db,
    sql`
    INSERT INTO login_throttle (key, failures, last_failure_at) VALUES (${key}, 1, now())
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN login_throttle.last_failure_at < now() - ${RESET_AFTER}::interval
                      THEN 1 ELSE login_throttle.failures + 1 END,
      last_failure_at = now()
    RETURNING failures`,
  );
  const failures = Number(res.rows[0]?.failures ?? 1);
  const block = blockSecondsAfter(kind, failures);
  if (block > 0) {
    await execute(db, sql`UPDATE login_throttle SET blocked_until = now() + make_interval(secs => ${block}) WHERE key = ${key}`);
  }
  return failures;
}

export async function clearFailures(db: DbOrTx, key: string): Promise<void> {
  await db.delete(loginThrottle).where(sql`${loginThrottle.key} = ${key}`);
}
