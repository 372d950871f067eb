import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { programs } from "@/db/schema";
import { suppressCount } from "@/lib/beneficiaries/suppress";
import { recordAudit } from "@/server/audit/audit";
import { ListForbiddenError } from "./import.service";
import { sharedCountsForProgram, sharedRowsOfProgram } from "./shared.queries";

/**
 * The rows of a company's own list that also appear on another program's list: only for that
 * company's officer, row numbers only (nothing of the other list). Audited as a view of the list.
 */
export async function viewOwnSharedRows(db: DbOrTx, actor: { userId: string; companyId: string }, programId: string, ip: string | null = null): Promise<number[]> {
  const [p] = await db.select({ companyId: programs.companyId }).from(programs).where(eq(programs.id, programId));
  if (!p || p.companyId !== actor.companyId) throw new ListForbiddenError();
  const rows = await sharedRowsOfProgram(db, programId);
  await recordAudit(db, { actorId: actor.userId, action: "beneficiaries.view", targetType: "program", targetId: programId, ip, details: { shared_rows: rows.length } });
  return rows;
}

/** One list's shared counts against every other program, as dashboards show them (below 5: "<5"). Audited. */
export async function viewSharedCounts(db: DbOrTx, actorId: string, programId: string, ip: string | null = null): Promise<{ programId: string; shared: number | "<5" }[]> {
  const counts = await sharedCountsForProgram(db, programId);
  await recordAudit(db, { actorId, action: "beneficiaries.view_counts", targetType: "program", targetId: programId, ip, details: { programs: counts.length } });
  return counts.map((c) => ({ programId: c.programId, shared: suppressCount(c.shared) }));
}
