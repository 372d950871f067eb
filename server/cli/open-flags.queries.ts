import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";
import { companies, governmentActivities, overlapFlags, programs } from "@/db/schema";

const pa = alias(programs, "pa");
const pb = alias(programs, "pb");
const ca = alias(companies, "ca");
const cb = alias(companies, "cb");
const ga = alias(governmentActivities, "ga");
const gb = alias(governmentActivities, "gb");

/**
 * Every open flag of the installation, duplicates and overlaps before repeats, best match first: the
 * command line runs as the operator, not as a viewer. A side is a CSR program (company set, agency
 * null) or a government activity (agency set, company null).
 */
export async function listAllOpenFlags(db: DbOrTx) {
  return db
    .select({
      kind: overlapFlags.kind,
      score: overlapFlags.score,
      reasons: overlapFlags.reasons,
      relation: overlapFlags.relation,
      cluster: overlapFlags.clusterId,
      a: { company: ca.name, agency: ga.agency, ref: pa.ref, title: pa.title },
      b: { company: cb.name, agency: gb.agency, ref: pb.ref, title: pb.title },
    })
    .from(overlapFlags)
    .innerJoin(pa, eq(pa.id, overlapFlags.programAId))
    .innerJoin(pb, eq(pb.id, overlapFlags.programBId))
    .leftJoin(ca, eq(ca.id, pa.companyId))
    .leftJoin(cb, eq(cb.id, pb.companyId))
    .leftJoin(ga, eq(ga.programId, pa.id))
    .leftJoin(gb, eq(gb.programId, pb.id))
    // People shared between lists have their own command (beneficiaries overlaps --json).
    .where(and(eq(overlapFlags.status, "open"), eq(overlapFlags.fromLists, false)))
    .orderBy(
      sql`(${overlapFlags.kind} = 'repeat')`,
      desc(overlapFlags.score),
      sql`coalesce(${ca.name}, ${ga.agency})`,
      pa.ref,
      sql`coalesce(${cb.name}, ${gb.agency})`,
      pb.ref,
    );
}
