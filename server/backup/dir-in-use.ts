import "server-only";
import { existsSync, readdirSync, readlinkSync } from "node:fs";
import path from "node:path";

/**
 * Processes other than this one holding files open under `dir`. PGlite takes no lock on its data
 * directory, so two processes would both write to it; on Linux /proc tells us who has it open.
 * Returns null where /proc is not available (the caller can only warn then).
 */
export function findProcessesUsingDir(dir: string): number[] | null {
  if (!existsSync("/proc/self/fd")) return null;
  const prefix = path.resolve(dir) + path.sep;
  const found: number[] = [];
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // another user's process, or it just exited
    }
    for (const fd of fds) {
      let target = "";
      try {
        target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        continue;
      }
      if (target.startsWith(prefix)) {
        found.push(pid);
        break;
      }
    }
  }
  return found;
}

/** PGlite writes a postmaster.pid while open and removes it on close; one left over means a crash or a running app. */
export function hasPidFile(dir: string): boolean {
  return existsSync(path.join(dir, "postmaster.pid"));
}
