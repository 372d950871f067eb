import "server-only";
import { sql } from "drizzle-orm";
import { execute, type DbOrTx } from "@/db/client";

/**
 * Whether Dinas Sosial has decided that two companies collaborate: a reviewer resolved an overlap
 * flag between a program of each as `collaboration`. This is the one fact that lets a company's
 * officers see the other company's contact. A flag raised again after a material change (status
 * back to open) no longer counts until it is decided again.
 */
export async function hasDecidedCollaboration(db: DbOrTx, companyX: string, companyY: string): Promise<boolean> {
  const { rows } = await execute<{ found: boolean }>(
    db,
    sql`SELECT EXISTS (
          SELECT 1 FROM overlap_flags f
          JOIN programs fa ON fa.id = f.program_a_id
          JOIN programs fb ON fb.id = f.program_b_id
          WHERE f.status = 'resolved' AND f.resolution = 'collaboration'
            AND ((fa.company_id = ${companyX} AND fb.company_id = ${companyY})
              OR (fa.company_id = ${companyY} AND fb.company_id = ${companyX}))
        ) AS found`,
  );
  return rows[0]?.found === true;
}
