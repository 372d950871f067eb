import "server-only";
import { sql } from "drizzle-orm";
import { execute, type Database } from "@/db/client";
import { notify } from "./notifications.service";
import { reviewersOfProgram } from "./recipients.queries";

/** A submitted program waiting longer than this gets its reviewers reminded. */
const WAITING = sql`interval '14 days'`;
/** At most one reminder (or submission notice) per program in this span. */
const QUIET = sql`interval '7 days'`;

/**
 * The daily reminder: the reviewers of each program submitted more than 14 days ago and still
 * undecided are told again, as a submission notice, unless one went out for it in the last week.
 */
export async function remindReviewersOfWaitingPrograms(db: Database): Promise<number> {
  const waiting = await execute<{ id: string; title: string; company: string }>(
    db,
    sql`SELECT p.id, p.title, c.name AS company FROM programs p JOIN companies c ON c.id = p.company_id
        WHERE p.status = 'submitted' AND p.submitted_at < now() - ${WAITING}
          AND NOT EXISTS (SELECT 1 FROM notifications n
                          WHERE n.kind = 'program_submitted' AND n.link = '/review/programs/' || p.id::text
                            AND n.created_at > now() - ${QUIET})
        ORDER BY p.submitted_at`,
  );
  let reminded = 0;
  for (const p of waiting.rows) {
    // One transaction per program: the notices and their e-mail job commit together.
    await db.transaction(async (tx) => {
      await notify(tx, await reviewersOfProgram(tx, p.id), {
        kind: "program_submitted",
        link: `/review/programs/${p.id}`,
        payload: { programTitle: p.title, companyName: p.company, resubmission: false },
      });
    });
    reminded++;
  }
  return reminded;
}
