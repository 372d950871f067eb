import "server-only";
import type { DatabaseHandle, DatabaseKind } from "@/db/client";
import { startWorker, type RunningWorker } from "./worker";

declare global {
  // One worker per server process, however many times Next loads this module.
  var __sinergiWorker: Promise<RunningWorker> | undefined;
}

/**
 * Whether the app process runs the worker itself: `WORKER_IN_APP=1` or `0` decides; unset, it
 * does on PGlite (no other process can open its data directory) and not on PostgreSQL, where
 * `npm run worker` runs as its own process.
 */
export function isWorkerInApp(kind: DatabaseKind, env: Record<string, string | undefined> = process.env): boolean {
  const flag = env.WORKER_IN_APP?.trim();
  if (flag === "1" || flag === "true") return true;
  if (flag === "0" || flag === "false") return false;
  return kind === "pglite";
}

/** Starts the in-app worker once, if the setting says so. */
export async function startInAppWorker(handle: DatabaseHandle): Promise<void> {
  if (!isWorkerInApp(handle.kind)) return;
  globalThis.__sinergiWorker ??= startWorker(handle.db).catch((err: unknown) => {
    globalThis.__sinergiWorker = undefined;
    throw err;
  });
  await globalThis.__sinergiWorker;
}
