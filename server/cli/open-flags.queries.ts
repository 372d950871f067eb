import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";
import { companies, overlapFlags, programs } from "@/db/schema";

const pa = alias(programs, "pa");
const pb = alias(programs, "pb");
const ca = alias(companies, "ca");
const cb = alias(companies, "cb");

/** Every open flag of the installation, duplicates and overlaps before repeats, best match first: the command line runs as the operator, not as a viewer. */
export async function listAllOpenFlags(db: DbOrTx) {
  return db
    .select({
      kind: overlapFlags.kind,
      score: overlapFlags.score,
      reasons: overlapFlags.reasons,
      cluster: overlapFlags.clusterId,
      a: { company: ca.name, ref: pa.ref, title: pa.title },
      b: { company: cb.name, ref: pb.ref, title: pb.title },
    })
    .from(overlapFlags)
    .innerJoin(pa, eq(pa.id, overlapFlags.programAId))
    .innerJoin(pb, eq(pb.id, overlapFlags.programBId))
    .innerJoin(ca, eq(ca.id, pa.companyId))
    .innerJoin(cb, eq(cb.id, pb.companyId))
    .where(eq(overlapFlags.status, "open"))
    .orderBy(sql`(${overlapFlags.kind} = 'repeat')`, desc(overlapFlags.score), ca.name, pa.ref, cb.name, pb.ref);
}
