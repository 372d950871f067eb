import "server-only";
import { TRPCError } from "@trpc/server";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { companies, programAreas, programEvents, programs, programVersions } from "@/db/schema";
import { coversEveryArea } from "@/server/access/areas";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit/audit";
import { conflict, fieldError, notFound } from "@/server/errors";
import { notify } from "@/server/notifications/notifications.service";
import { officersOf, reviewersOfProgram } from "@/server/notifications/recipients.queries";
import type { Decision } from "@/server/notifications/notifications.types";
import { enqueue } from "@/server/jobs/enqueue";
import { visibleTo } from "@/server/programs/programs.queries";
import type { TransitionInput } from "./reviews.schemas";
import { isFiguresRequiredForApproval } from "@/server/settings/settings.queries";
import { approvalRefusal } from "./approval-figures";
import { snapshotProgram } from "./snapshot";
import type { AckMatch } from "@/db/schema";
import { matchesForSaved, needsAnswer } from "@/server/overlaps/overlaps.service";
import { canTransition, TRANSITIONS } from "./transitions";
import { asCsr } from "@/server/programs/csr";

const DECISIONS: ReadonlySet<string> = new Set<Decision>(["approve", "request_revision", "reject"]);

/**
 * Moves a program along its life cycle. One transaction checks who may make the move from the
 * current status, refuses a stale copy, and writes the status, the event with its note, the
 * audit entry, the version snapshot (on submit), the notifications and, when the move starts or
 * ends matching, the `overlaps.check` job that a worker runs after the commit.
 */
export async function transitionProgram(db: Database, viewer: Viewer, input: TransitionInput, ip: string | null = null) {
  const rule = TRANSITIONS[input.action];
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({
        id: programs.id,
        companyId: programs.companyId,
        status: programs.status,
        version: programs.version,
        title: programs.title,
        budgetIdr: programs.budgetIdr,
        plannedBeneficiaries: programs.plannedBeneficiaries,
      })
      .from(programs)
      .where(and(eq(programs.id, input.id), visibleTo(viewer)))
      .for("update");
    // Another company's draft, or a program outside the reviewer's jurisdiction, is simply not there.
    // visibleTo keeps to CSR programs: a government activity has no review moves.
    if (!found) throw notFound();
    const current = asCsr(found);
    // A stale copy first: whoever moved the program meanwhile may have made this move impossible.
    if (current.version !== input.version) throw conflict("errors.staleVersion");
    const areaCodes = (
      await tx.select({ code: programAreas.areaCode }).from(programAreas).where(eq(programAreas.programId, current.id))
    ).map((a) => a.code);
    if (!canTransition(viewer, { ...current, areaCodes }, input.action)) {
      // Staff who see the program through one of its areas, but not over all of them, are told why.
      const outside = rule.by === "staff" && viewer.role !== "officer" && viewer.role !== "viewer" && !coversEveryArea(viewer.jurisdiction, areaCodes);
      throw new TRPCError({ code: "FORBIDDEN", message: outside ? "errors.outsideJurisdiction" : "errors.transitionNotAllowed" });
    }
    if (rule.noteRequired && input.note.length < 5) throw fieldError("note", "errors.noteRequired");
    // The submit step shows the matches the live check finds now; with any duplicate or overlap among
    // them the officer answers (saw them, or why theirs differs) before the program goes in.
    let answered: { kind: "seen" | "different"; note: string | null; matches: AckMatch[] } | null = null;
    if (input.action === "submit" && viewer.role === "officer") {
      const matches = ((await matchesForSaved(tx, viewer, current.id, 10)) ?? []).filter(needsAnswer);
      if (matches.length > 0) {
        if (!input.acknowledgement) throw fieldError("acknowledgement", "errors.ackRequired");
        answered = {
          kind: input.acknowledgement.kind,
          note: input.acknowledgement.note || null,
          matches: matches.map((m) => ({ programId: m.programId, title: m.title, companyName: m.companyName, kind: m.kind, score: m.score })),
        };
      }
    }
    if (input.action === "approve") {
      const refusal = approvalRefusal(current, await isFiguresRequiredForApproval(tx));
      if (refusal) throw new TRPCError({ code: "PRECONDITION_FAILED", message: refusal });
    }

    const [row] = await tx
      .update(programs)
      .set({
        status: rule.to,
        version: sql`${programs.version} + 1`,
        updatedAt: sql`now()`,
        ...(input.action === "submit" ? { submittedAt: sql`now()` } : {}),
      })
      .where(and(eq(programs.id, input.id), eq(programs.version, input.version)))
      .returning({ id: programs.id, status: programs.status, version: programs.version });
    if (!row) throw conflict("errors.staleVersion");
    await tx.insert(programEvents).values({
      programId: input.id,
      action: input.action,
      fromStatus: current.status,
      toStatus: rule.to,
      actorId: viewer.userId,
      note: input.note || null,
    });
    await recordAudit(tx, {
      actorId: viewer.userId,
      action: `program.${input.action}`,
      targetType: "program",
      targetId: input.id,
      ip,
      details: { from: current.status, to: rule.to },
    });

    if (input.action === "submit") {
      const snapshot = await snapshotProgram(tx, input.id);
      const [count] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(programVersions)
        .where(eq(programVersions.programId, input.id));
      const versionNo = Number(count?.n ?? 0) + 1;
      await tx.insert(programVersions).values({
        programId: input.id,
        versionNo,
        snapshot: snapshot as unknown as Record<string, unknown>,
        submittedBy: viewer.userId,
        ackKind: answered?.kind ?? null,
        ackNote: answered?.note ?? null,
        ackMatches: answered?.matches ?? null,
      });
      if (answered) {
        await recordAudit(tx, {
          actorId: viewer.userId,
          action: "program.acknowledge_matches",
          targetType: "program",
          targetId: input.id,
          ip,
          details: { versionNo, answer: answered.kind, note: answered.note, matches: answered.matches.map((m) => m.programId) },
        });
      }
      const [company] = await tx.select({ name: companies.name }).from(companies).where(eq(companies.id, current.companyId));
      await notify(
        tx,
        await reviewersOfProgram(tx, input.id),
        {
          kind: "program_submitted",
          link: `/review/programs/${input.id}`,
          payload: { programTitle: current.title, companyName: company?.name ?? "", resubmission: current.status === "revision_requested" },
        },
        viewer.userId,
      );
    } else if (DECISIONS.has(input.action)) {
      await notify(
        tx,
        await officersOf(tx, [current.companyId]),
        {
          kind: "program_decided",
          link: `/programs/${input.id}`,
          payload: { programTitle: current.title, decision: input.action as Decision, note: input.note || null },
        },
        viewer.userId,
      );
    }
    // Submitting starts matching; withdrawing or rejecting ends it (open flags become obsolete).
    if (["submit", "withdraw", "reject"].includes(input.action)) await enqueue(tx, "overlaps.check", { programId: input.id });
    return row;
  });
}
