import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { execute, queriesOf, type DbOrTx } from "@/db/client";
import { createTestDatabase } from "@/server/test/harness";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(() => h?.close());

/** A query that takes 60 ms and says when it ran (the server's clock, in ms). */
async function timedQuery(db: DbOrTx): Promise<{ start: number; end: number }> {
  const { rows } = await execute<{ start: string; end: string }>(
    db,
    sql`SELECT extract(epoch FROM clock_timestamp()) * 1000 AS start, pg_sleep(0.06)::text AS slept, extract(epoch FROM clock_timestamp()) * 1000 AS end`,
  );
  return { start: Number(rows[0]?.start), end: Number(rows[0]?.end) };
}

describe(`queriesOf (${process.env.TEST_DB_KIND})`, () => {
  it("sends a transaction's next query only after the last one has answered", async () => {
    // node-postgres would queue a query sent early (deprecated; refused from pg 9), so the order
    // of the work itself is what is checked: no piece starts before the one before it is done.
    const events: string[] = [];
    const step = (tx: DbOrTx, n: number) => async () => {
      events.push(`start ${n}`);
      const t = await timedQuery(tx);
      events.push(`done ${n}`);
      return t;
    };
    const seen = await h.db.transaction((tx) => queriesOf(tx, step(tx, 1), step(tx, 2), step(tx, 3)));
    expect(events).toEqual(["start 1", "done 1", "start 2", "done 2", "start 3", "done 3"]);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.start).toBeGreaterThanOrEqual(seen[i - 1]!.end);
  });

  it("keeps results in the order of the work given, outside a transaction too", async () => {
    const [a, b] = await queriesOf(
      h.db,
      () => execute<{ n: number }>(h.db, sql`SELECT 1 AS n`).then((r) => Number(r.rows[0]?.n)),
      () => execute<{ s: string }>(h.db, sql`SELECT 'dua' AS s`).then((r) => r.rows[0]?.s),
    );
    expect(a).toBe(1);
    expect(b).toBe("dua");
  });

  it.runIf(process.env.TEST_DB_KIND === "postgres")("runs queries on a pool at the same time", async () => {
    const [x, y] = await queriesOf(h.db, () => timedQuery(h.db), () => timedQuery(h.db));
    // Two connections: the second starts before the first ends.
    expect(y.start).toBeLessThan(x.end);
  });
});
