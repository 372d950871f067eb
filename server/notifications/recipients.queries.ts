import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { execute, type DbOrTx } from "@/db/client";
import { users } from "@/db/schema";

/**
 * Active reviewers and admins whose jurisdiction the program touches: one of its areas lies in
 * their jurisdiction (the closure holds every area containing the program's areas), or their
 * jurisdiction lies in one of its areas (a province-wide program reaches the regency offices).
 */
export async function reviewersOfProgram(db: DbOrTx, programId: string): Promise<string[]> {
  const res = await execute<{ id: string }>(
    db,
    sql`SELECT u.id FROM users u
        WHERE u.is_active AND u.role IN ('reviewer', 'admin')
          AND (u.jurisdiction = 'ID'
            OR EXISTS (SELECT 1 FROM program_area_closure c WHERE c.program_id = ${programId} AND c.code = u.jurisdiction)
            OR EXISTS (SELECT 1 FROM program_areas pa WHERE pa.program_id = ${programId} AND u.jurisdiction LIKE pa.area_code || '.%'))`,
  );
  return res.rows.map((r) => r.id);
}

/** reviewersOfProgram for many programs in one statement (the flags of an import's batch). */
export async function reviewersOfPrograms(db: DbOrTx, programIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(programIds.map((id) => [id, []]));
  if (programIds.length === 0) return out;
  const res = await execute<{ program_id: string; id: string }>(
    db,
    sql`SELECT p.id AS program_id, u.id FROM users u
        CROSS JOIN (SELECT DISTINCT value::uuid AS id FROM json_array_elements_text(${JSON.stringify(programIds)}::json)) p
        WHERE u.is_active AND u.role IN ('reviewer', 'admin')
          AND (u.jurisdiction = 'ID'
            OR EXISTS (SELECT 1 FROM program_area_closure c WHERE c.program_id = p.id AND c.code = u.jurisdiction)
            OR EXISTS (SELECT 1 FROM program_areas pa WHERE pa.program_id = p.id AND u.jurisdiction LIKE pa.area_code || '.%'))`,
  );
  for (const r of res.rows) out.get(r.program_id)?.push(r.id);
  return out;
}

/** Active officers of the given companies. */
export async function officersOf(db: DbOrTx, companyIds: string[]): Promise<string[]> {
  if (companyIds.length === 0) return [];
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "officer"), eq(users.isActive, true), inArray(users.companyId, companyIds)));
  return rows.map((r) => r.id);
}
