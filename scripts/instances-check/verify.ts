// The verdict of the instance check, read from the database.
import { sql } from "drizzle-orm";
import { execute, type Database } from "@/db/client";
import { log } from "../kill-check/setup";

/**
 * Nothing lost: every program the client was told was submitted is there, submitted, and was
 * checked; the import holds exactly its rows. No job run twice: every queue job completed on its
 * first attempt, one import audit entry per import job, one check per submitted program.
 */
export async function verifyInstances(db: Database, submittedIds: string[], importRefs: number): Promise<string[]> {
  const failures: string[] = [];
  const submitted = await execute<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM programs WHERE id IN (SELECT unnest(${sql.param(submittedIds)}::uuid[])) AND status = 'submitted'`,
  );
  log(`programs submitted through instance B: ${submitted.rows[0]?.n} of ${submittedIds.length} present and submitted`);
  if (submitted.rows[0]?.n !== submittedIds.length) failures.push("a submitted program is missing");

  const imported = await execute<{ n: number; refs: number }>(
    db,
    sql`SELECT count(*)::int AS n, count(DISTINCT ref)::int AS refs FROM programs WHERE ref LIKE 'INST-%'`,
  );
  log(`imported programs: ${imported.rows[0]?.n} (${imported.rows[0]?.refs} distinct refs) of ${importRefs}`);
  if (imported.rows[0]?.n !== importRefs || imported.rows[0]?.refs !== importRefs) failures.push("the import is not exactly its rows");

  const jobs = await execute<{ name: string; state: string; attempts: number; n: number }>(
    db,
    sql`SELECT name, state::text AS state, retry_count + 1 AS attempts, count(*)::int AS n FROM pgboss.job
        WHERE name NOT LIKE '__pgboss%' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  );
  for (const j of jobs.rows) log(`queue: ${j.n} × ${j.name} ${j.state} after ${j.attempts} attempt(s)`);
  if (jobs.rows.some((j) => j.state !== "completed" || j.attempts !== 1)) failures.push("a job did not complete on its first attempt");

  const checks = await execute<{ program: string; n: number }>(
    db,
    sql`SELECT data->>'programId' AS program, count(*)::int AS n FROM pgboss.job WHERE name = 'overlaps.check' GROUP BY 1`,
  );
  const checkedTwice = checks.rows.filter((r) => r.n > 1);
  const unchecked = submittedIds.filter((id) => !checks.rows.some((r) => r.program === id));
  if (checkedTwice.length || unchecked.length) failures.push(`checks: ${checkedTwice.length} programs twice, ${unchecked.length} never`);

  // Either A committed before it died (then B's repeat is refused or fails as a conflict) or it did not (then B's imports).
  const imports = await execute<{ status: string; error: string | null; imported: number }>(
    db,
    sql`SELECT status::text AS status, error, imported FROM import_jobs ORDER BY created_at`,
  );
  log(`import jobs: ${JSON.stringify(imports.rows)}`);
  const done = imports.rows.filter((r) => r.status === "done" && r.error === null && r.imported === importRefs);
  const others = imports.rows.filter((r) => !done.includes(r));
  if (done.length !== 1) failures.push(`${done.length} imports done instead of 1`);
  if (others.some((r) => r.status !== "failed" || r.imported !== 0)) failures.push("a second import did not fail cleanly");

  const audits = await execute<{ target: string; n: number }>(
    db,
    sql`SELECT target_id AS target, count(*)::int AS n FROM audit_log WHERE action = 'program.import' GROUP BY 1`,
  );
  log(`import audit entries per import job: ${JSON.stringify(audits.rows.map((r) => r.n))}`);
  if (audits.rows.some((r) => r.n !== 1)) failures.push("an import job ran twice");
  return failures;
}
