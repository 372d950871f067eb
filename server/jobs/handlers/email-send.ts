import "server-only";
import { sendNotificationEmails } from "@/server/notifications/email.delivery";
import type { JobHandler } from "../job.types";

/** Throws while sends fail and attempts remain, so the queue retries with backoff. */
export const sendEmails: JobHandler<"email.send"> = ({ db, data, transport, retryCount, retryLimit }) =>
  sendNotificationEmails(db, data.notificationIds, { transport, isLastAttempt: retryCount >= retryLimit });
