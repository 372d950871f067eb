import "server-only";
import { checkProgram } from "@/server/overlaps/overlaps.service";
import type { JobHandler } from "../job.types";

/** After a submit, edit, withdrawal or rejection; checking twice leaves the same flags, so a retry is safe. */
export const checkOverlaps: JobHandler<"overlaps.check"> = async ({ db, data }) => {
  const result = await checkProgram(db, data.programId);
  return { matches: result.matches };
};
