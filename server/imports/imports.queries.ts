import "server-only";
import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { companies, importJobs, overlapFlags, type ImportJob } from "@/db/schema";
import type { StaffViewer } from "@/server/auth/viewer";
import { managedBy } from "@/server/companies/companies.queries";

/** Splits long IN lists so no statement nears PostgreSQL's 65,535 parameters. */
export function chunk<T>(items: readonly T[], size = 1000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export const normalizeCompanyName = (name: string) => name.trim().toLowerCase();

/** Companies named (case-insensitively) in an import, and whether the admin manages each; null admin: any company. */
export async function findCompaniesByName(db: DbOrTx, names: string[], admin: StaffViewer | null) {
  const keys = [...new Set(names.map(normalizeCompanyName))];
  const found: { id: string; name: string; key: string; isManaged: boolean }[] = [];
  for (const part of chunk(keys)) {
    const rows = await db
      .select({
        id: companies.id,
        name: companies.name,
        key: sql<string>`lower(${companies.name})`,
        isManaged: admin ? sql<boolean>`${managedBy(admin)}` : sql<boolean>`true`,
      })
      .from(companies)
      .where(inArray(sql`lower(${companies.name})`, part));
    found.push(...rows);
  }
  return found;
}

export async function findCompanyName(db: DbOrTx, id: string): Promise<string | null> {
  const [row] = await db.select({ name: companies.name }).from(companies).where(eq(companies.id, id));
  return row?.name ?? null;
}

/** Open flags that involve any of these programs, each counted once. */
export async function countOpenFlagsOf(db: DbOrTx, programIds: string[]): Promise<number> {
  const ids = new Set<string>();
  for (const part of chunk(programIds, 500)) {
    const rows = await db
      .select({ id: overlapFlags.id })
      .from(overlapFlags)
      .where(and(eq(overlapFlags.status, "open"), or(inArray(overlapFlags.programAId, part), inArray(overlapFlags.programBId, part))));
    for (const r of rows) ids.add(r.id);
  }
  return ids.size;
}

type JobChange = Partial<Pick<ImportJob, "status" | "processed" | "imported" | "companiesCreated" | "flags" | "error">> & {
  finished?: boolean;
};

export async function updateImportJob(db: DbOrTx, id: string, change: JobChange) {
  const { finished, ...fields } = change;
  await db
    .update(importJobs)
    .set({ ...fields, updatedAt: sql`now()`, ...(finished ? { finishedAt: sql`now()` } : {}) })
    .where(eq(importJobs.id, id));
}

/** A job as its creator polls it; anyone else's job is not found. */
export async function findOwnImportJob(db: DbOrTx, userId: string, id: string) {
  const [row] = await db
    .select({
      id: importJobs.id,
      filename: importJobs.filename,
      status: importJobs.status,
      total: importJobs.total,
      processed: importJobs.processed,
      imported: importJobs.imported,
      companiesCreated: importJobs.companiesCreated,
      flags: importJobs.flags,
      error: importJobs.error,
      createdAt: importJobs.createdAt,
      finishedAt: importJobs.finishedAt,
      savedMode: importJobs.mode,
      plannedMode: sql<string | null>`${importJobs.plan}->>'mode'`,
    })
    .from(importJobs)
    .where(and(eq(importJobs.id, id), eq(importJobs.createdBy, userId)));
  if (!row) return null;
  const { savedMode, plannedMode, ...job } = row;
  // Drafts only when the person chose so in the preview (in the plan until saved, then on the
  // job); the one-step import and the command line submit.
  const mode = savedMode ?? plannedMode;
  return { ...job, mode: mode === "draft" ? ("draft" as const) : ("submit" as const) };
}

/** A company by id, and whether the admin manages it (an import on its behalf); null when there is none. */
export async function findManagedCompany(db: DbOrTx, admin: StaffViewer, id: string) {
  const [row] = await db
    .select({ id: companies.id, name: companies.name, isManaged: sql<boolean>`${managedBy(admin)}` })
    .from(companies)
    .where(eq(companies.id, id));
  return row ?? null;
}
