import "server-only";
import PgBoss from "pg-boss";
import type { DbOrTx } from "@/db/client";
import { queueDbOf } from "./queue-db";
import { QUEUE_SCHEMA, QUEUES, type JobData, type QueueName } from "./queues";

export type EnqueueOptions = Pick<
  PgBoss.SendOptions,
  "singletonKey" | "startAfter" | "retryLimit" | "retryDelay" | "retryBackoff" | "priority"
>;

// Sending needs no started instance: it is one INSERT through whichever handle the caller passes.
let sender: PgBoss | null = null;
function getSender(): PgBoss {
  sender ??= new PgBoss({
    db: { executeSql: () => Promise.reject(new Error("the sender runs only on the caller's handle")) },
    schema: QUEUE_SCHEMA,
    migrate: false,
    supervise: false,
    schedule: false,
  });
  return sender;
}

/**
 * Puts a job on the queue inside the caller's transaction (or as its own statement on a plain
 * handle): rolled back with the change that needed it, committed with it. Returns the job id,
 * or null when a stately queue already holds a waiting job of this kind.
 */
export async function enqueue<Q extends QueueName>(tx: DbOrTx, name: Q, data: JobData[Q], options: EnqueueOptions = {}) {
  const id = await getSender().send(name, data as object, { ...options, db: queueDbOf(tx) });
  // pg-boss drops a job whose queue does not exist without a word; for a standard queue that is a bug, not a policy.
  if (id === null && QUEUES[name].policy === "standard") throw new Error(`job queue ${name} is missing: run the migrations`);
  return id;
}
