// The kill check: a worker killed with SIGKILL in the middle of an import, then a new one.
//   npm run check:kill               (PostgreSQL at DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres, then PGlite)
//   npm run check:kill -- --postgres-only | --pglite-only
// Passes when the import ends 'done' with exactly the planned programs (none twice) or 'failed'
// with none saved, and no queue job is left active. Exit code 1 otherwise.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openPglite, openPostgres } from "@/db/client";
import { prepareDatabase } from "@/server/setup/prepare";
import { dropPostgresDatabase, withDatabase } from "@/server/test/template";
import {
  ADMIN_URL,
  createScratchDatabase,
  importState,
  judge,
  killHard,
  log,
  queueJobStates,
  queueLargeImport,
  ROWS,
  startWorkerProcess,
  stopGently,
  waitFor,
} from "./kill-check/setup";

/** Killed once this many programs are checked: the rows are saved, the checks half done. */
const KILL_AFTER = Math.max(1, Math.floor(ROWS / 20));

async function checkPostgres(): Promise<string[]> {
  const name = `csr_kill_${randomBytes(4).toString("hex")}`;
  const url = withDatabase(ADMIN_URL, name);
  log(`== PostgreSQL: database ${name}`);
  await createScratchDatabase(name);
  const h = await openPostgres(url, 3);
  try {
    await prepareDatabase(h, "never", log);
    const { importJobId, companyId } = await queueLargeImport(h.db);
    log(`queued import ${importJobId} of ${ROWS} rows; starting worker 1`);
    const env = { DATABASE_URL: url, PGLITE_DIR: undefined };
    const first = startWorkerProcess(env, (l) => log(`  worker 1 | ${l}`));
    const seen = await waitFor("progress", async () => {
      const s = await importState(h.db, importJobId);
      return s.processed >= KILL_AFTER ? s : null;
    });
    log(`progress seen (${seen.status}, ${seen.processed}/${seen.total} checked); kill -9 worker 1 (pid ${first.pid})`);
    await killHard(first);
    log(`after the kill: import ${JSON.stringify(await importState(h.db, importJobId))}`);
    log(`after the kill: queue ${JSON.stringify(await queueJobStates(h.db))}`);
    log("starting worker 2");
    const second = startWorkerProcess(env, (l) => log(`  worker 2 | ${l}`));
    const end = await waitFor("the import to finish", async () => {
      const s = await importState(h.db, importJobId);
      return s.status === "done" || s.status === "failed" ? s : null;
    });
    log(`import finished: ${JSON.stringify(end)}`);
    log(`queue: ${JSON.stringify(await queueJobStates(h.db))}`);
    const failures = await judge(h.db, importJobId, companyId);
    log(`worker 2 stopped (${await stopGently(second)})`);
    return failures;
  } finally {
    await h.close();
    await dropPostgresDatabase(ADMIN_URL, name);
    log(`dropped ${name}`);
  }
}

/** PGlite: one process at a time may open the directory, so progress is read from the worker's own log lines. */
async function checkPglite(): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "csr-kill-pglite-"));
  log(`== PGlite: ${dir}`);
  try {
    let h = await openPglite({ dataDir: dir });
    await prepareDatabase(h, "never", log);
    const { importJobId, companyId } = await queueLargeImport(h.db);
    await h.close();
    log(`queued import ${importJobId} of ${ROWS} rows; starting worker 1 (it opens the directory, as the app would)`);
    const env = { DATABASE_URL: "", PGLITE_DIR: dir };
    let checked = 0;
    const first = startWorkerProcess(env, (l) => {
      log(`  worker 1 | ${l}`);
      const m = /checked (\d+)\//.exec(l);
      if (m) checked = Number(m[1]);
    });
    await waitFor("progress", async () => (checked >= KILL_AFTER ? checked : null));
    log(`progress seen (${checked} checked); kill -9 worker 1 (pid ${first.pid})`);
    await killHard(first);
    h = await openPglite({ dataDir: dir });
    log(`after the kill: import ${JSON.stringify(await importState(h.db, importJobId))}`);
    log(`after the kill: queue ${JSON.stringify(await queueJobStates(h.db))}`);
    await h.close();
    log("starting worker 2 on the same directory");
    let finished = false;
    const second = startWorkerProcess(env, (l) => {
      log(`  worker 2 | ${l}`);
      if (l.includes(`${importJobId}: done`) || /import\.run .* now failed/.test(l)) finished = true;
    });
    await waitFor("the import to finish", async () => (finished ? true : null));
    log(`worker 2 stopped (${await stopGently(second)})`);
    h = await openPglite({ dataDir: dir });
    try {
      log(`import finished: ${JSON.stringify(await importState(h.db, importJobId))}`);
      log(`queue: ${JSON.stringify(await queueJobStates(h.db))}`);
      return await judge(h.db, importJobId, companyId);
    } finally {
      await h.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const args = process.argv.slice(2);
  const results: [string, string[]][] = [];
  if (!args.includes("--pglite-only")) results.push(["PostgreSQL", await checkPostgres()]);
  if (!args.includes("--postgres-only")) results.push(["PGlite", await checkPglite()]);
  for (const [kind, failures] of results) {
    log(`${kind}: ${failures.length === 0 ? "PASS" : `FAIL\n  - ${failures.join("\n  - ")}`}`);
  }
  process.exitCode = results.every(([, f]) => f.length === 0) ? 0 : 1;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 1;
});
