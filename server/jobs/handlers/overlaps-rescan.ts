import "server-only";
import { recordAudit } from "@/server/audit/audit";
import { rescanAll } from "@/server/overlaps/overlaps.service";
import type { JobHandler } from "../job.types";

/** Every flag recomputed (the queue runs one at a time); the outcome goes to the audit log. */
export const rescanOverlaps: JobHandler<"overlaps.rescan"> = async ({ db, data, log }) => {
  const result = await rescanAll(db);
  await recordAudit(db, { actorId: data.actorId, action: "overlap.rescan", ip: data.ip, details: { ...result } });
  log(`[rescan] ${result.flagged} flagged among ${result.programs} programs in ${result.ms} ms`);
  return { flagged: result.flagged };
};
