// The instance check: two app instances and one worker on one PostgreSQL database.
//   npm run check:instances        (needs `npm run build`; DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres as admin URL)
// Signs in on instance A, works on instance B, kills A (SIGKILL) in the middle of an upload (half
// way through the time the same file takes to validate), uploads again on B as a user would, and
// shows that nothing was lost and no job ran twice. Exit code 1 otherwise.
import { randomBytes } from "node:crypto";
import type { ChildProcess } from "node:child_process";
import { sql } from "drizzle-orm";
import { execute, openPostgres } from "@/db/client";
import { csvUpload, pmtRow } from "@/server/imports/import.fixtures";
import { prepareDatabase } from "@/server/setup/prepare";
import { FIXTURE_PASSWORD, programInput, seedFixtures } from "@/server/test/fixtures";
import { dropPostgresDatabase, withDatabase } from "@/server/test/template";
import { ADMIN_URL, createScratchDatabase, killHard, log, startProcess, startWorkerProcess, stopGently, waitFor } from "./kill-check/setup";
import { Session } from "./instances-check/http";
import { verifyInstances } from "./instances-check/verify";

const PORTS = [Number(process.env.CHECK_PORT_A ?? 3200), Number(process.env.CHECK_PORT_B ?? 3201)] as const;
const IMPORT_ROWS = Number(process.env.CHECK_IMPORT_ROWS ?? 1500);
const SUBMITS = 5;

function startInstance(label: string, port: number, env: Record<string, string>): ChildProcess {
  return startProcess("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], { ...env, PORT: String(port) }, (l) =>
    log(`  ${label} | ${l}`),
  );
}

async function ready(base: string) {
  await waitFor(
    `${base} to answer`,
    async () => {
      const ok = await fetch(base + "/sign-in").then(
        (r) => r.ok,
        () => false,
      );
      return ok ? true : null;
    },
    120_000,
  );
}

async function main(): Promise<string[]> {
  const name = `csr_inst_${randomBytes(4).toString("hex")}`;
  const url = withDatabase(ADMIN_URL, name);
  await createScratchDatabase(name);
  log(`database ${name}`);
  const h = await openPostgres(url, 3);
  const children: ChildProcess[] = [];
  try {
    await prepareDatabase(h, "never", log);
    await seedFixtures(h.db);
    const env = {
      DATABASE_URL: url,
      AUTH_SECRET: randomBytes(32).toString("base64"),
      WORKER_IN_APP: "0",
      DEMO_DATA: "0",
      NEXT_TELEMETRY_DISABLED: "1",
    };
    const [a, b] = PORTS.map((p) => `http://127.0.0.1:${p}`) as [string, string];
    const instanceA = startInstance("A", PORTS[0], env);
    const instanceB = startInstance("B", PORTS[1], env);
    const worker = startWorkerProcess({ ...env, PGLITE_DIR: undefined }, (l) => {
      if (!l.includes("checked")) log(`  worker | ${l}`);
    });
    children.push(instanceA, instanceB, worker);
    await Promise.all([ready(a), ready(b)]);
    log(`instances up: A ${a}, B ${b}; one worker`);

    const officer = new Session();
    await officer.signIn(a, "officer.a@test.id", FIXTURE_PASSWORD);
    log("signed in as officer.a on A; working on B with the same session");
    const submittedIds: string[] = [];
    for (let i = 1; i <= SUBMITS; i++) {
      const created = await officer.mutate<{ id: string; version: number }>(
        b,
        "programs.create",
        programInput({ ref: `B-${i}`, title: `Bantuan Sembako Lansia tahap ${i}` }),
      );
      // The officer answers any matches at the submit step, as the form asks.
      await officer.mutate(b, "programs.submit", { id: created.id, version: created.version, acknowledgement: { kind: "seen", note: "" } });
      submittedIds.push(created.id);
    }
    log(`created and submitted ${SUBMITS} programs through B`);

    // Rows spread over many villages, as a real forum's file would be (and the checks stay linear).
    const villages = await execute<{ code: string }>(
      h.db,
      sql`SELECT code FROM areas WHERE level = 4 AND code LIKE '64.%' ORDER BY code LIMIT 250`,
    );
    const rows = Array.from({ length: IMPORT_ROWS }, (_, i) =>
      pmtRow(`INST-${String(i + 1).padStart(5, "0")}`, {
        title: `Pemberian Makanan Tambahan Balita kelompok ${i + 1}`,
        locations: villages.rows[i % villages.rows.length]?.code,
      }),
    );
    // How long A will need: the same file with one bad row is validated in full, then refused, saving nothing.
    const t = Date.now();
    const dry = await officer.mutate<{ status: string }>(
      b,
      "imports.start",
      csvUpload(...rows, pmtRow("INST-BAD", { start: "2026-13-45" })),
    );
    const validationMs = Date.now() - t;
    log(`validating ${IMPORT_ROWS} rows takes ${validationMs} ms on B (${dry.status}, nothing saved)`);

    const killAfter = Math.max(50, Math.floor(validationMs / 2));
    log(`uploading ${IMPORT_ROWS} rows to A, and killing A with SIGKILL ${killAfter} ms into the request`);
    const t0 = Date.now();
    const onA = officer.mutate<{ status: string; jobId?: string }>(a, "imports.start", csvUpload(...rows)).then(
      (r) => `answered after ${Date.now() - t0} ms: ${JSON.stringify(r)}`,
      (err: unknown) =>
        `got no answer (${Date.now() - t0} ms): ${err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err)}`,
    );
    await new Promise((r) => setTimeout(r, killAfter));
    await killHard(instanceA);
    log(`A killed; the upload to A ${await onA}`);
    const jobsAfterKill = await execute<{ id: string }>(h.db, sql`SELECT id FROM import_jobs`);
    log(`import jobs in the database after the kill: ${jobsAfterKill.rows.length}`);

    const retry = await officer.mutate<{ status: string; jobId?: string; errorCount?: number }>(b, "imports.start", csvUpload(...rows));
    log(`the user uploads again, on B: ${JSON.stringify({ ...retry, errors: undefined })}`);
    await waitFor(
      "every import to finish",
      async () => {
        const open = await execute<{ n: number }>(
          h.db,
          sql`SELECT count(*)::int AS n FROM import_jobs WHERE status IN ('queued', 'running')`,
        );
        return open.rows[0]?.n === 0 ? true : null;
      },
      900_000,
    );
    for (const j of (await execute<{ id: string }>(h.db, sql`SELECT id FROM import_jobs ORDER BY created_at`)).rows) {
      // The status without its list of created programs (1,500 rows would drown the log).
      const { created: _created, ...status } = (await officer.query(b, "imports.status", { id: j.id })) as Record<string, unknown>;
      log(`import ${j.id} polled on B: ${JSON.stringify({ ...status, created: `(${String(status.createdTotal)} programs)` })}`);
    }
    await waitFor("the queue to empty", async () => {
      const { rows } = await execute<{ n: number }>(
        h.db,
        sql`SELECT count(*)::int AS n FROM pgboss.job WHERE state < 'completed' AND name NOT LIKE '__pgboss%'`,
      );
      return rows[0]?.n === 0 ? true : null;
    });
    const failures = await verifyInstances(h.db, submittedIds, IMPORT_ROWS);
    log(`worker stopped (${await stopGently(worker)}); B stopped (${await stopGently(instanceB)})`);
    children.length = 0;
    return failures;
  } finally {
    for (const c of children) await killHard(c).catch(() => undefined);
    await h.close();
    await dropPostgresDatabase(ADMIN_URL, name);
    log(`dropped ${name}`);
  }
}

main().then(
  (failures) => {
    log(failures.length === 0 ? "PASS" : `FAIL\n  - ${failures.join("\n  - ")}`);
    process.exitCode = failures.length === 0 ? 0 : 1;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exitCode = 1;
  },
);
