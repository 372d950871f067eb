import { eq } from "drizzle-orm";
import { programs } from "../../db/schema";

/**
 * The programs table holds CSR programs and government activities (db/schema/programs.ts). Every
 * reader that means "CSR programs" adds this condition; only the overlap matcher and the
 * government readers (server/government) see both sources.
 */
export const csrOnly = eq(programs.source, "csr");

/** A programs row known to be a CSR program: its company is set (programs_source_company_chk). */
export type CsrRow<T extends { companyId: string | null }> = Omit<T, "companyId"> & { companyId: string };

/**
 * Narrows a row read on a CSR-only path (filtered by `csrOnly`, joined to its company, or owned by
 * an officer's company). A government activity here is a programming error, not bad input.
 */
export function asCsr<T extends { companyId: string | null }>(row: T): CsrRow<T> {
  if (row.companyId === null) throw new Error("A government activity reached a CSR-only path (programs.company_id is null)");
  return row as CsrRow<T>;
}
