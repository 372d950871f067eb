import "server-only";
import { TRPCError } from "@trpc/server";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { overlapClusters, overlapFlagDecisions, overlapFlags } from "@/db/schema";
import type { StaffViewer } from "@/server/auth/viewer";
import { coversEveryArea } from "@/server/access/areas";
import { recordAudit } from "@/server/audit/audit";
import { conflict, fieldError, notFound } from "@/server/errors";
import { notifyClusterCollaboration } from "@/server/notifications/overlap-events";
import { getCluster } from "./clusters.queries";
import { withdrawAsDuplicate } from "./flags.service";
import { reconcileFlags } from "./flags.store";
import { loadMatchingPrograms } from "./overlaps.queries";
import type { ResolveClusterInput } from "./overlaps.schemas";

/**
 * A reviewer decides a cluster once: every open pair of it is resolved the same way in one
 * transaction, each pair keeping its own resolution record (fingerprints, note, who, when).
 * `duplicate` keeps the chosen program and withdraws every other member; their flags outside
 * the cluster then close, as after a pair's duplicate decision.
 */
export async function resolveCluster(db: Database, reviewer: StaffViewer, input: ResolveClusterInput, ip: string | null) {
  return db.transaction(async (tx) => {
    const cluster = await getCluster(tx, reviewer, input.id);
    if (!cluster) throw notFound();
    if (!coversEveryArea(reviewer.jurisdiction, cluster.areaCodes))
      throw new TRPCError({ code: "FORBIDDEN", message: "errors.outsideJurisdiction" });
    if (cluster.status !== "open") throw new TRPCError({ code: "CONFLICT", message: "errors.flagNotOpen" });
    if (cluster.version !== input.version) throw conflict("errors.staleVersion");
    const memberIds = cluster.members.map((m) => m.id);
    const open = cluster.pairs.filter((p) => p.status === "open");

    const withdrawn: string[] = [];
    if (input.resolution === "duplicate") {
      const keep = input.keepProgramId;
      if (!keep || !memberIds.includes(keep)) throw fieldError("keepProgramId", "errors.keepChoice");
      for (const id of memberIds.filter((m) => m !== keep)) {
        const gone = await withdrawAsDuplicate(tx, reviewer, id, input.note, ip, { reason: "duplicate", clusterId: cluster.id, kept: keep });
        if (gone) withdrawn.push(gone);
      }
    }

    const current = await loadMatchingPrograms(tx, memberIds);
    const fp = (id: string, fallback: string) => current.get(id)?.fingerprint ?? fallback;
    const [claimed] = await tx
      .update(overlapClusters)
      .set({
        status: "resolved",
        resolution: input.resolution,
        resolutionNote: input.note || null,
        keptProgramId: input.resolution === "duplicate" ? (input.keepProgramId ?? null) : null,
        resolvedBy: reviewer.userId,
        resolvedAt: sql`now()`,
        updatedAt: sql`now()`,
        version: sql`${overlapClusters.version} + 1`,
      })
      .where(and(eq(overlapClusters.id, cluster.id), eq(overlapClusters.version, input.version), eq(overlapClusters.status, "open")))
      .returning({ id: overlapClusters.id, version: overlapClusters.version });
    if (!claimed) throw conflict("errors.staleVersion");

    const flags = open.length
      ? await tx
          .select({
            id: overlapFlags.id,
            a: overlapFlags.programAId,
            b: overlapFlags.programBId,
            fa: overlapFlags.fingerprintA,
            fb: overlapFlags.fingerprintB,
          })
          .from(overlapFlags)
          .where(and(eq(overlapFlags.clusterId, cluster.id), eq(overlapFlags.status, "open")))
          .for("update")
      : [];
    for (const f of flags) {
      // A duplicate pair records the program withdrawn from it (the one not kept; when neither was kept, both went, and the first is named).
      const gone = input.resolution === "duplicate" ? (f.a === input.keepProgramId ? f.b : f.a) : null;
      await tx
        .update(overlapFlags)
        .set({
          status: "resolved",
          resolution: input.resolution,
          resolutionNote: input.note || null,
          withdrawnProgramId: gone && withdrawn.includes(gone) ? gone : null,
          resolvedBy: reviewer.userId,
          resolvedAt: sql`now()`,
          fingerprintA: fp(f.a, f.fa),
          fingerprintB: fp(f.b, f.fb),
          updatedAt: sql`now()`,
          version: sql`${overlapFlags.version} + 1`,
        })
        .where(eq(overlapFlags.id, f.id));
      await tx.insert(overlapFlagDecisions).values({
        flagId: f.id,
        event: "resolved",
        resolution: input.resolution,
        note: input.note || null,
        actorId: reviewer.userId,
        details: { clusterId: cluster.id },
      });
    }
    // The withdrawn programs no longer take part in matching: their flags outside the cluster close.
    if (withdrawn.length > 0) await reconcileFlags(tx, [], { programIds: withdrawn });
    if (input.resolution === "collaboration") await notifyClusterCollaboration(tx, memberIds, reviewer.userId);
    await recordAudit(tx, {
      actorId: reviewer.userId,
      action: "overlap.resolve_cluster",
      targetType: "overlap_cluster",
      targetId: cluster.id,
      ip,
      details: { resolution: input.resolution, withdrawn, programs: memberIds, pairs: flags.length },
    });
    return { ...claimed, resolvedPairs: flags.length, withdrawn };
  });
}
