import "server-only";
import { TRPCError } from "@trpc/server";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { programs } from "@/db/schema";
import type { OfficerViewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit/audit";
import { conflict, notFound } from "@/server/errors";
import type { ReportRealizationInput } from "./realization.schemas";
import { canReportRealization } from "./realization.rules";
import { asCsr } from "@/server/programs/csr";

/**
 * Records what a running or completed program delivered: beneficiaries reached and rupiah spent,
 * reported by an officer of its company. A new report replaces the last one. Optimistic locking
 * on the program's version; the report and its note go to the audit log (the life-cycle events
 * are for status moves only).
 */
export async function reportRealization(db: Database, viewer: OfficerViewer, input: ReportRealizationInput, ip: string | null = null) {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({
        id: programs.id,
        companyId: programs.companyId,
        status: programs.status,
        version: programs.version,
        reachedBeneficiaries: programs.reachedBeneficiaries,
        realizedBudgetIdr: programs.realizedBudgetIdr,
      })
      .from(programs)
      .where(and(eq(programs.id, input.id), eq(programs.companyId, viewer.companyId)))
      .for("update");
    // Another company's program is not there for this purpose, as with edits.
    if (!current) throw notFound();
    // A stale copy first: a move made meanwhile may be why the status no longer fits.
    if (current.version !== input.version) throw conflict("errors.staleVersion");
    // Owned by the officer's company: a CSR program.
    if (!canReportRealization(viewer, asCsr(current))) throw new TRPCError({ code: "FORBIDDEN", message: "errors.notReportable" });

    const [row] = await tx
      .update(programs)
      .set({
        reachedBeneficiaries: input.reachedBeneficiaries,
        realizedBudgetIdr: input.realizedBudgetIdr,
        realizedAt: sql`now()`,
        version: sql`${programs.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(programs.id, input.id), eq(programs.version, input.version)))
      .returning({
        id: programs.id,
        version: programs.version,
        reachedBeneficiaries: programs.reachedBeneficiaries,
        realizedBudgetIdr: programs.realizedBudgetIdr,
        realizedAt: programs.realizedAt,
      });
    if (!row) throw conflict("errors.staleVersion");
    await recordAudit(tx, {
      actorId: viewer.userId,
      action: "program.realization",
      targetType: "program",
      targetId: input.id,
      ip,
      details: {
        reachedBeneficiaries: input.reachedBeneficiaries,
        realizedBudgetIdr: input.realizedBudgetIdr,
        previous: { reachedBeneficiaries: current.reachedBeneficiaries, realizedBudgetIdr: current.realizedBudgetIdr },
        ...(input.note ? { note: input.note } : {}),
      },
    });
    return row;
  });
}
