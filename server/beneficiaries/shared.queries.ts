import "server-only";
import { sql } from "drizzle-orm";
import { execute, type DbOrTx } from "@/db/client";

export interface ProgramPairCount {
  a: { programId: string; company: string; ref: string };
  b: { programId: string; company: string; ref: string };
  shared: number;
}

/**
 * People shared by every pair of programs, exact: a self-join of the tokens on the token (the
 * index `beneficiary_tokens_token_idx` is ordered by token, then program), grouped by the pair.
 * Each pair once, in reading order (company, then ref); largest counts first.
 */
export async function sharedCountsByProgramPair(db: DbOrTx): Promise<ProgramPairCount[]> {
  return namedPairs(
    db,
    sql`SELECT x.program_id AS a, y.program_id AS b, count(*)::int AS shared
        FROM beneficiary_tokens x
        JOIN beneficiary_tokens y ON y.token = x.token AND y.program_id > x.program_id
        GROUP BY x.program_id, y.program_id`,
  );
}

/**
 * The same pairs as kept by the beneficiaries.shared job after each saved or deleted list
 * (beneficiary_pair_counts): what the reviewers' overview reads, at the cost of the pairs, not of
 * every token. A test holds it equal to sharedCountsByProgramPair.
 */
export async function storedSharedCounts(db: DbOrTx): Promise<ProgramPairCount[]> {
  return namedPairs(db, sql`SELECT program_a_id AS a, program_b_id AS b, shared FROM beneficiary_pair_counts`);
}

/**
 * Recounts the people one program shares with every other program and stores them: called by the
 * beneficiaries.shared job (in its transaction) whenever that program's list changes.
 */
export async function refreshPairCounts(tx: DbOrTx, programId: string): Promise<void> {
  await execute(tx, sql`DELETE FROM beneficiary_pair_counts WHERE program_a_id = ${programId} OR program_b_id = ${programId}`);
  await execute(
    tx,
    sql`INSERT INTO beneficiary_pair_counts (program_a_id, program_b_id, shared)
        SELECT LEAST(x.program_id, y.program_id), GREATEST(x.program_id, y.program_id), count(*)::int
        FROM beneficiary_tokens x
        JOIN beneficiary_tokens y ON y.token = x.token AND y.program_id <> x.program_id
        WHERE x.program_id = ${programId}
        GROUP BY x.program_id, y.program_id`,
  );
}

/** Pairs (a, b, shared) named by company and ref, each in reading order, largest first. */
async function namedPairs(db: DbOrTx, pairsQuery: ReturnType<typeof sql>): Promise<ProgramPairCount[]> {
  const res = await execute<{ a_id: string; a_company: string; a_ref: string; b_id: string; b_company: string; b_ref: string; shared: number }>(
    db,
    sql`WITH pairs AS (${pairsQuery})
        SELECT pa.id AS a_id, ca.name AS a_company, pa.ref AS a_ref,
               pb.id AS b_id, cb.name AS b_company, pb.ref AS b_ref, pairs.shared
        FROM pairs
        JOIN programs pa ON pa.id = pairs.a JOIN companies ca ON ca.id = pa.company_id
        JOIN programs pb ON pb.id = pairs.b JOIN companies cb ON cb.id = pb.company_id
        ORDER BY pairs.shared DESC, ca.name, pa.ref, cb.name, pb.ref`,
  );
  const pairs = res.rows.map((r) => {
    const x = { programId: r.a_id, company: r.a_company, ref: r.a_ref };
    const y = { programId: r.b_id, company: r.b_company, ref: r.b_ref };
    // Each pair in reading order (company, then ref), whatever the programs' ids.
    const swap = x.company.localeCompare(y.company) > 0 || (x.company === y.company && x.ref.localeCompare(y.ref) > 0);
    return { a: swap ? y : x, b: swap ? x : y, shared: Number(r.shared) };
  });
  // The SQL order was by the id order of each pair; after putting each pair in reading order, sort
  // again so the output is the same on every database: largest first, then by company and ref.
  const key = (p: ProgramPairCount) => [p.a.company, p.a.ref, p.b.company, p.b.ref];
  return pairs.sort((x, y) => {
    if (x.shared !== y.shared) return y.shared - x.shared;
    const kx = key(x);
    const ky = key(y);
    for (let i = 0; i < kx.length; i++) {
      const c = (kx[i] as string).localeCompare(ky[i] as string);
      if (c !== 0) return c;
    }
    return 0;
  });
}

/**
 * People of one program's list also on every other program's list: one index probe per token of
 * that list, so it costs the size of the new list, not of all lists.
 */
export async function sharedCountsForProgram(db: DbOrTx, programId: string): Promise<{ programId: string; shared: number }[]> {
  const res = await execute<{ program_id: string; shared: number }>(
    db,
    sql`SELECT y.program_id, count(*)::int AS shared
        FROM beneficiary_tokens x
        JOIN beneficiary_tokens y ON y.token = x.token AND y.program_id <> x.program_id
        WHERE x.program_id = ${programId}
        GROUP BY y.program_id
        ORDER BY shared DESC, y.program_id`,
  );
  return res.rows.map((r) => ({ programId: r.program_id, shared: Number(r.shared) }));
}

/** Which rows of a company's own list are shared with some other program (row numbers only, no other party named). */
export async function sharedRowsOfProgram(db: DbOrTx, programId: string): Promise<number[]> {
  const res = await execute<{ row: number }>(
    db,
    sql`SELECT x.row FROM beneficiary_tokens x
        WHERE x.program_id = ${programId}
          AND EXISTS (SELECT 1 FROM beneficiary_tokens y WHERE y.token = x.token AND y.program_id <> x.program_id)
        ORDER BY x.row`,
  );
  return res.rows.map((r) => Number(r.row));
}
