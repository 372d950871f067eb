import "server-only";
import { TRPCError } from "@trpc/server";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { overlapFlagDecisions, overlapFlags, programEvents, programs } from "@/db/schema";
import type { StaffViewer } from "@/server/auth/viewer";
import { coversEveryArea } from "@/server/access/areas";
import { recordAudit } from "@/server/audit/audit";
import { conflict, fieldError, notFound } from "@/server/errors";
import { resolutionsFor } from "@/lib/enums";
import { notifyCollaboration } from "@/server/notifications/overlap-events";
import { getFlag } from "./flags.queries";
import { recomputeClusters } from "./clusters.store";
import { reconcileFlags } from "./flags.store";
import { loadMatchingPrograms, MATCHABLE_STATUSES } from "./overlaps.queries";
import type { ResolveFlagInput } from "./overlaps.schemas";

/**
 * A reviewer's decision on a flag. `duplicate` withdraws one of the two programs (its other
 * flags close); `distinct` needs a reason; `collaboration` shows both companies each other's
 * contact. A repeat takes `continuation` or `coordinate` only, the other kinds never these two. The fingerprints of both programs are kept, so the pair is raised again only if
 * one of them changes materially.
 */
export async function resolveFlag(db: Database, reviewer: StaffViewer, input: ResolveFlagInput, ip: string | null) {
  return db.transaction(async (tx) => {
    const flag = await getFlag(tx, reviewer, input.id);
    if (!flag) throw notFound();
    // A decision on the pair is a decision on both programs: only staff over every area of both.
    const areaCodes = [...flag.a.areas, ...flag.b.areas].map((a) => a.code);
    if (!coversEveryArea(reviewer.jurisdiction, areaCodes)) throw new TRPCError({ code: "FORBIDDEN", message: "errors.outsideJurisdiction" });
    if (flag.status !== "open") throw new TRPCError({ code: "CONFLICT", message: "errors.flagNotOpen" });
    if (flag.version !== input.version) throw conflict("errors.staleVersion");
    // A repeat is history, not a conflict: it is a continuation or a call to coordinate, and those two mean nothing for the other kinds.
    // Beside a government activity a reviewer may also find that the CSR program complements it.
    if (!resolutionsFor(flag.kind, flag.relation).includes(input.resolution)) {
      throw fieldError("resolution", flag.kind === "repeat" ? "errors.repeatResolution" : "errors.conflictResolution");
    }

    let withdrawn: string | null = null;
    if (input.resolution === "duplicate") {
      const target = input.withdrawProgramId;
      if (target !== flag.programAId && target !== flag.programBId) throw fieldError("withdrawProgramId", "errors.withdrawChoice");
      // A government activity is reference data: only the CSR side of a pair is ever withdrawn.
      const side = target === flag.programAId ? flag.a : flag.b;
      if (side.source === "government") throw fieldError("withdrawProgramId", "errors.withdrawGovernment");
      withdrawn = await withdrawAsDuplicate(tx, reviewer, target, input.note, ip, { reason: "duplicate", flagId: flag.id });
      if (!withdrawn) throw fieldError("withdrawProgramId", "errors.notWithdrawable");
    }

    const current = await loadMatchingPrograms(tx, [flag.programAId, flag.programBId]);
    const [updated] = await tx
      .update(overlapFlags)
      .set({
        status: "resolved",
        resolution: input.resolution,
        resolutionNote: input.note || null,
        withdrawnProgramId: withdrawn,
        resolvedBy: reviewer.userId,
        resolvedAt: sql`now()`,
        fingerprintA: current.get(flag.programAId)?.fingerprint ?? flag.fingerprintA,
        fingerprintB: current.get(flag.programBId)?.fingerprint ?? flag.fingerprintB,
        updatedAt: sql`now()`,
        version: sql`${overlapFlags.version} + 1`,
        // Decided on its own, the pair leaves its cluster (the rest of the cluster is recounted below).
        clusterId: null,
      })
      .where(and(eq(overlapFlags.id, flag.id), eq(overlapFlags.version, input.version)))
      .returning({ id: overlapFlags.id, version: overlapFlags.version });
    if (!updated) throw conflict("errors.staleVersion");
    await tx.insert(overlapFlagDecisions).values({
      flagId: flag.id,
      event: "resolved",
      resolution: input.resolution,
      note: input.note || null,
      actorId: reviewer.userId,
    });
    await recomputeClusters(tx, [flag.programAId, flag.programBId]);
    // The withdrawn program no longer takes part in matching: its other open flags close.
    if (withdrawn) await reconcileFlags(tx, [], { programId: withdrawn });
    if (input.resolution === "collaboration") await notifyCollaboration(tx, [flag.programAId, flag.programBId], reviewer.userId);
    await recordAudit(tx, {
      actorId: reviewer.userId,
      action: "overlap.resolve",
      targetType: "overlap_flag",
      targetId: flag.id,
      ip,
      details: { resolution: input.resolution, withdrawn, programs: [flag.programAId, flag.programBId] },
    });
    return { ...updated, withdrawn };
  });
}

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

/**
 * Withdraws a program a reviewer decided is a duplicate (a pair's or a cluster's), with its
 * program event and audit entry; the id, or null when it is no longer matchable.
 */
export async function withdrawAsDuplicate(
  tx: Tx,
  reviewer: StaffViewer,
  programId: string,
  note: string | undefined,
  ip: string | null,
  details: Record<string, unknown>,
): Promise<string | null> {
  const [before] = await tx.select({ status: programs.status }).from(programs).where(eq(programs.id, programId)).for("update");
  const [row] = await tx
    .update(programs)
    .set({ status: "withdrawn", version: sql`${programs.version} + 1`, updatedAt: sql`now()` })
    // CSR programs only: a government activity (status reference) is never withdrawn.
    .where(and(eq(programs.id, programId), eq(programs.source, "csr"), inArray(programs.status, MATCHABLE_STATUSES)))
    .returning({ id: programs.id });
  if (!row) return null;
  await tx.insert(programEvents).values({
    programId: row.id,
    action: "withdraw",
    fromStatus: before?.status ?? null,
    toStatus: "withdrawn",
    actorId: reviewer.userId,
    note: note || null,
  });
  await recordAudit(tx, { actorId: reviewer.userId, action: "program.withdraw", targetType: "program", targetId: row.id, ip, details });
  return row.id;
}
