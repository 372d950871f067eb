import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";

/** What pg-boss needs of a database (its `db` option): one statement with `$n` parameters, or a script. */
export interface QueueDb {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/** `$1`-style placeholders as drizzle parameters, so the text runs on either driver and inside a drizzle transaction. */
function toSql(text: string, values: unknown[]): SQL {
  const chunks: SQL[] = [];
  let last = 0;
  for (const m of text.matchAll(/\$(\d+)/g)) {
    chunks.push(sql.raw(text.slice(last, m.index)));
    // A Param, not a bare value: drizzle would spread an array (the job ids) into a list.
    chunks.push(sql`${sql.param(values[Number(m[1]) - 1] ?? null)}`);
    last = m.index + m[0].length;
  }
  chunks.push(sql.raw(text.slice(last)));
  return sql.join(chunks);
}

type RawResult = { rows?: Record<string, unknown>[] };
const lastRows = (res: RawResult | RawResult[]) => (Array.isArray(res) ? (res.at(-1)?.rows ?? []) : (res.rows ?? []));

/**
 * pg-boss's statements over the app's own handle. Texts without parameters may hold several
 * statements (maintenance runs BEGIN; …; COMMIT): node-postgres sends those as a simple query,
 * PGlite needs `exec`. PGlite runs each call only when no transaction is open on its one
 * connection, so a worker's poll never lands inside a request's transaction.
 */
export function queueDbOf(db: DbOrTx): QueueDb {
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) {
        const res = (await db.execute(toSql(text, values))) as unknown as RawResult;
        return { rows: res.rows ?? [] };
      }
      const client = (db as { $client?: { exec?: (q: string) => Promise<RawResult[]> } }).$client;
      if (client?.exec) return { rows: lastRows(await client.exec(text)) };
      return { rows: lastRows((await db.execute(sql.raw(text))) as unknown as RawResult | RawResult[]) };
    },
  };
}
