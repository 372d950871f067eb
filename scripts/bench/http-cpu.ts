// CPU used during a measured row, by the processes that serve it: the app instances, the worker,
// the PostgreSQL backends connected to the run's database, and the load generator (this process).
// Read from /proc (Linux): user + system time in clock ticks, converted to seconds.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import pg from "pg";

export interface CpuParts {
  app: number;
  worker: number;
  db: number;
  load: number;
}

const TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds all the machine's cores have spent busy (not idle or waiting on I/O) since boot, from /proc/stat; 0 where there is none. */
export function machineBusySeconds(): number {
  try {
    const f = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq
    return ((f[0] ?? 0) + (f[1] ?? 0) + (f[2] ?? 0) + (f[5] ?? 0) + (f[6] ?? 0)) / TICKS;
  } catch {
    return 0;
  }
}

/** Seconds of CPU (user + system) a process has used so far, or 0 when it is gone. */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(f[11]) + Number(f[12])) / TICKS;
  } catch {
    return 0;
  }
}

/** The process and its descendants (Next may run its server in a child), from /proc's parent links. */
function withDescendants(root: number): number[] {
  const parent = new Map<number, number>();
  try {
    for (const line of execFileSync("ps", ["-e", "-o", "pid=,ppid="]).toString().trim().split("\n")) {
      const [pid, ppid] = line.trim().split(/\s+/).map(Number);
      if (pid && ppid !== undefined) parent.set(pid, ppid);
    }
  } catch {
    return [root];
  }
  const out = [root];
  for (const [pid] of parent) {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) {
      if (p === root) {
        out.push(pid);
        break;
      }
    }
  }
  return out;
}

export interface CpuSnapshot {
  at: number;
  perPid: Map<number, number>;
  groups: { app: number[]; worker: number[]; db: number[] };
  self: NodeJS.CpuUsage;
}

/** What each serving process has used so far; `dbUrl` names the database whose backends count. */
export async function cpuSnapshot(appPids: number[], workerPid: number | undefined, dbUrl: string, dbName: string): Promise<CpuSnapshot> {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  let db: number[] = [];
  try {
    const { rows } = await c.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [dbName]);
    db = rows.map((r) => r.pid);
  } finally {
    await c.end();
  }
  const app = appPids.flatMap(withDescendants);
  const worker = workerPid ? withDescendants(workerPid) : [];
  const perPid = new Map<number, number>();
  for (const pid of [...app, ...worker, ...db]) perPid.set(pid, cpuSeconds(pid));
  return { at: performance.now(), perPid, groups: { app, worker, db }, self: process.cpuUsage() };
}

/**
 * Cores used between two snapshots, per group. A backend that connected during the row counts
 * from 0; one that closed during it is missed (the pools keep their connections, so few do).
 */
export function coresBetween(a: CpuSnapshot, b: CpuSnapshot): CpuParts {
  const seconds = (b.at - a.at) / 1000;
  const sum = (pids: number[]) => pids.reduce((s, pid) => s + Math.max(0, (b.perPid.get(pid) ?? 0) - (a.perPid.get(pid) ?? 0)), 0);
  const self = process.cpuUsage(a.self);
  return {
    app: sum(b.groups.app) / seconds,
    worker: sum(b.groups.worker) / seconds,
    db: sum(b.groups.db) / seconds,
    load: (self.user + self.system) / 1e6 / seconds,
  };
}
