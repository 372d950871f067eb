import "server-only";
import { remindReviewersOfWaitingPrograms } from "@/server/notifications/reminders.service";
import type { JobHandler } from "../job.types";

export const remindReviewers: JobHandler<"reviews.remind"> = async ({ db, log }) => {
  const reminded = await remindReviewersOfWaitingPrograms(db);
  log(`[reminders] ${reminded} waiting programs`);
  return { reminded };
};
