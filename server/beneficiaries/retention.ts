import "server-only";
import { sql } from "drizzle-orm";
import { execute, type DbOrTx } from "@/db/client";
import { recordAudit } from "@/server/audit/audit";
import { enqueue } from "@/server/jobs/enqueue";
import { getBeneficiaryRetentionYears } from "@/server/settings/settings.queries";

/**
 * Deletes the beneficiary lists (their tokens go with them) of programs that ended more than the
 * retention setting's years ago; run daily by the `maintenance.retention` job. Audited with the count.
 */
export async function deleteExpiredBeneficiaryLists(db: DbOrTx, today: string | null = null): Promise<number> {
  const years = await getBeneficiaryRetentionYears(db);
  const day = today === null ? sql`current_date` : sql`${today}::date`;
  const res = await execute<{ program_id: string }>(
    db,
    sql`DELETE FROM beneficiary_lists l USING programs p
        WHERE p.id = l.program_id AND p.end_date < ${day} - make_interval(years => ${years})
        RETURNING l.program_id`,
  );
  if (res.rows.length > 0) {
    await recordAudit(db, { actorId: null, action: "beneficiaries.retention_delete", details: { lists: res.rows.length, years, programs: res.rows.map((r) => r.program_id) } });
    // Their shared-beneficiaries flags follow (obsolete once the tokens are gone).
    for (const r of res.rows) await enqueue(db, "beneficiaries.shared", { programId: r.program_id });
  }
  return res.rows.length;
}
