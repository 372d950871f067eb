import "server-only";
import { and, desc, eq, inArray, isNotNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { programVersions, users } from "@/db/schema";
import type { Viewer } from "@/server/auth/viewer";
import { getProgram } from "@/server/programs/programs.queries";

/**
 * The officer's answers to the matches shown when each version was submitted, newest first.
 * For staff who see the program and for the owning company's officers only: another company
 * or a forum viewer gets null, as for a program they cannot see.
 */
export async function getAcknowledgements(db: DbOrTx, viewer: Viewer, programId: string) {
  const program = await getProgram(db, viewer, programId);
  if (!program) return null;
  const staff = viewer.role === "reviewer" || viewer.role === "admin";
  const owner = viewer.role === "officer" && viewer.companyId === program.companyId;
  if (!staff && !owner) return null;
  return acknowledgementsOf(db, [programId]);
}

/** Answers of several programs (the caller checked the viewer may see them), newest version first. */
export async function acknowledgementsOf(db: DbOrTx, programIds: string[]) {
  if (programIds.length === 0) return [];
  return db
    .select({
      programId: programVersions.programId,
      versionNo: programVersions.versionNo,
      kind: programVersions.ackKind,
      note: programVersions.ackNote,
      matches: programVersions.ackMatches,
      submittedAt: programVersions.submittedAt,
      submittedByName: users.name,
    })
    .from(programVersions)
    .leftJoin(users, eq(users.id, programVersions.submittedBy))
    .where(and(inArray(programVersions.programId, programIds), isNotNull(programVersions.ackKind)))
    .orderBy(desc(programVersions.versionNo));
}
