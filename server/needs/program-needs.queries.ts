import "server-only";
import { and, asc, desc, eq, notInArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { needAdoptions, needs, programs } from "@/db/schema";

/** A program an adoption may point to: the company's own, not withdrawn or rejected. */
const LINKABLE = notInArray(programs.status, ["withdrawn", "rejected"]);

/** The officer's programs that can answer a need, newest first (for the adoption dialog). */
export async function listLinkablePrograms(db: DbOrTx, companyId: string) {
  return db
    .select({ id: programs.id, ref: programs.ref, title: programs.title, status: programs.status })
    .from(programs)
    .where(and(eq(programs.companyId, companyId), LINKABLE))
    .orderBy(desc(programs.updatedAt), asc(programs.ref));
}

/** True when the program belongs to the company and may be linked to a need. */
export async function isLinkableProgram(db: DbOrTx, companyId: string, programId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: programs.id })
    .from(programs)
    .where(and(eq(programs.id, programId), eq(programs.companyId, companyId), LINKABLE));
  return Boolean(row);
}

/**
 * The needs a program answers: those adopted with a link to it. The caller checks first that
 * the viewer may see the program.
 */
export async function listNeedsOfProgram(db: DbOrTx, programId: string) {
  return db
    .select({
      id: needs.id,
      title: needs.title,
      areaCode: needs.areaCode,
      sector: needs.sector,
      source: needs.source,
      estimatedBudgetIdr: needs.estimatedBudgetIdr,
    })
    .from(needAdoptions)
    .innerJoin(needs, eq(needs.id, needAdoptions.needId))
    .where(eq(needAdoptions.programId, programId))
    .orderBy(asc(needs.title), asc(needs.id));
}
