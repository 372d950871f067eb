import "server-only";
import { sql } from "drizzle-orm";
import { execute, type DbOrTx } from "@/db/client";

/**
 * Active reviewers and admins concerned with a need's area: their jurisdiction contains it
 * (`64` for a need in `64.08.10.2001`, or `ID`), or lies within it (a province-wide need reaches
 * the regency offices).
 */
export async function reviewersOfNeedArea(db: DbOrTx, areaCode: string): Promise<string[]> {
  const res = await execute<{ id: string }>(
    db,
    sql`SELECT u.id FROM users u
        WHERE u.is_active AND u.role IN ('reviewer', 'admin')
          AND (u.jurisdiction = 'ID'
            OR u.jurisdiction = ${areaCode}
            OR ${areaCode} LIKE u.jurisdiction || '.%'
            OR u.jurisdiction LIKE ${areaCode + ".%"})
        ORDER BY u.id`,
  );
  return res.rows.map((r) => r.id);
}
