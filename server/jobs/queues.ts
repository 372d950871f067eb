import "server-only";

/**
 * The job kinds and their queue settings. Changing a setting here takes effect when a worker
 * starts (it updates the queue); a new kind also needs a `pgboss.create_queue` line in a
 * migration (see 0008_job_queue_schema.sql), since jobs of a queue that does not exist are dropped.
 */
export const QUEUES = {
  /** One app upload: save the stored plan (one transaction), then check each program. Data: `{ importJobId }`. */
  "import.run": { policy: "standard", retryLimit: 2, retryDelay: 5, retryBackoff: false, expireInSeconds: 4 * 3600 },
  /** A large upload read into its preview, resumable from the rows already stored. Data: `{ importJobId }`. */
  "import.preview": { policy: "standard", retryLimit: 2, retryDelay: 5, retryBackoff: false, expireInSeconds: 3600 },
  /** The overlap check after a submit or an edit; idempotent. Data: `{ programId }`. */
  "overlaps.check": { policy: "standard", retryLimit: 5, retryDelay: 10, retryBackoff: true, expireInSeconds: 600 },
  /** Every flag recomputed; stately: one waiting and one running at most. Data: `{ actorId, ip }`. */
  "overlaps.rescan": { policy: "stately", retryLimit: 1, retryDelay: 60, retryBackoff: false, expireInSeconds: 4 * 3600 },
  /** The e-mail of some notifications, each sent once. Data: `{ notificationIds }`. */
  "email.send": { policy: "standard", retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 600 },
  /** After a beneficiary list is saved: its shared counts with other companies' programs as flags; idempotent. Data: `{ programId }`. */
  "beneficiaries.shared": { policy: "standard", retryLimit: 5, retryDelay: 10, retryBackoff: true, expireInSeconds: 600 },
  /** Daily: old import jobs, sign-in counters and worker rows deleted. */
  "maintenance.retention": { policy: "stately", retryLimit: 2, retryDelay: 300, retryBackoff: false, expireInSeconds: 3600 },
  /** Daily: reviewers reminded of programs waiting for a decision. */
  "reviews.remind": { policy: "stately", retryLimit: 2, retryDelay: 300, retryBackoff: false, expireInSeconds: 3600 },
} as const;

export type QueueName = keyof typeof QUEUES;
export const QUEUE_NAMES = Object.keys(QUEUES) as QueueName[];

/** pg-boss's tables live in their own schema, installed by a migration (not by pg-boss at start). */
export const QUEUE_SCHEMA = "pgboss";

export interface JobData {
  "import.run": { importJobId: string };
  "import.preview": { importJobId: string };
  "overlaps.check": { programId: string };
  "overlaps.rescan": { actorId: string | null; ip: string | null };
  "email.send": { notificationIds: string[] };
  "beneficiaries.shared": { programId: string };
  "maintenance.retention": Record<string, never>;
  "reviews.remind": Record<string, never>;
}

/** When the scheduled kinds run (cron, in the zone of the installation's home province: scheduleTimeZone()). */
export const SCHEDULES: { queue: QueueName; cron: string }[] = [
  { queue: "maintenance.retention", cron: "17 3 * * *" },
  { queue: "reviews.remind", cron: "0 8 * * *" },
];
