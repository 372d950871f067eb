import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { queriesOf, type DbOrTx } from "@/db/client";
import { programEvents, programVersions, users } from "@/db/schema";
import { isOwnerOrStaff } from "@/server/access/audience";
import type { Viewer } from "@/server/auth/viewer";
import { getProgram } from "@/server/programs/programs.queries";
import { diffSnapshots, type ProgramSnapshot } from "./diff";

/**
 * A program's moves and its submitted versions; null when the viewer may not see it. Notes and
 * the names of who acted go only to staff and the owning company: everyone else sees each move
 * with the actor's role instead of a name, and no note (a reviewer's note is addressed to the owner).
 */
export async function getProgramHistory(db: DbOrTx, viewer: Viewer, programId: string) {
  const program = await getProgram(db, viewer, programId);
  if (!program) return null;
  const full = isOwnerOrStaff(viewer, program.companyId);
  const events = await db
    .select({
      id: programEvents.id,
      action: programEvents.action,
      fromStatus: programEvents.fromStatus,
      toStatus: programEvents.toStatus,
      note: programEvents.note,
      at: programEvents.at,
      actorName: users.name,
      actorRole: users.role,
    })
    .from(programEvents)
    .leftJoin(users, eq(users.id, programEvents.actorId))
    .where(eq(programEvents.programId, programId))
    .orderBy(asc(programEvents.at), asc(programEvents.id));
  const versions = await db
    .select({ versionNo: programVersions.versionNo, submittedAt: programVersions.submittedAt, submittedByName: users.name })
    .from(programVersions)
    .leftJoin(users, eq(users.id, programVersions.submittedBy))
    .where(eq(programVersions.programId, programId))
    .orderBy(asc(programVersions.versionNo));
  if (full) return { events, versions };
  return {
    events: events.map((e) => ({ ...e, note: null, actorName: null })),
    versions: versions.map((v) => ({ ...v, submittedByName: null })),
  };
}

/** The changes between two submitted versions; null when the viewer may not see the program or a version is missing. */
export async function getVersionDiff(db: DbOrTx, viewer: Viewer, programId: string, from: number, to: number) {
  if (!(await getProgram(db, viewer, programId))) return null;
  const load = async (versionNo: number) => {
    const [row] = await db
      .select({ snapshot: programVersions.snapshot })
      .from(programVersions)
      .where(and(eq(programVersions.programId, programId), eq(programVersions.versionNo, versionNo)));
    return row?.snapshot as ProgramSnapshot | undefined;
  };
  const [a, b] = await queriesOf(db, () => load(from), () => load(to));
  if (!a || !b) return null;
  return { from, to, changes: diffSnapshots(a, b) };
}
