import "server-only";
import type { Database } from "@/db/client";
import type { MailTransport } from "@/server/notifications/email.delivery";
import type { JobData, QueueName } from "./queues";

/** What a handler gets: the app's database, its job's data, and which attempt this is. */
export interface JobContext<Q extends QueueName> {
  db: Database;
  data: JobData[Q];
  jobId: string;
  /** 0 on the first attempt. */
  retryCount: number;
  retryLimit: number;
  workerId: string;
  /** Tests pass nodemailer's jsonTransport or a failing one; otherwise the SMTP settings. */
  transport?: MailTransport;
  log: (line: string) => void;
}

export type JobHandler<Q extends QueueName> = (ctx: JobContext<Q>) => Promise<unknown>;
export type JobHandlers = { [Q in QueueName]: JobHandler<Q> };
