import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { companies, programs } from "@/db/schema";
import type { StaffViewer } from "@/server/auth/viewer";
import { managedBy } from "@/server/companies/companies.queries";
import { csrOnly } from "@/server/programs/csr";
import { REPORT_GRACE_DAYS } from "./compliance.schemas";

/**
 * Member companies the admin manages that submitted no plan for `year`: no program past draft
 * whose period overlaps the year. Drafts for the year are counted, so a reminder can say "you
 * have a draft, submit it".
 */
export async function listCompaniesWithoutPlan(db: DbOrTx, admin: StaffViewer, year: number) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const inYear = sql`p.start_date <= ${to} AND p.end_date >= ${from}`;
  return db
    .select({
      id: companies.id,
      name: companies.name,
      contactName: companies.contactName,
      contactEmail: companies.contactEmail,
      contactPhone: companies.contactPhone,
      // Aliased by hand: drizzle leaves columns unqualified in a one-table select list.
      draftCount: sql<number>`(SELECT count(*)::int FROM ${programs} p WHERE p.company_id = ${companies}.id AND p.status = 'draft' AND ${inYear})`,
    })
    .from(companies)
    .where(
      and(
        managedBy(admin),
        sql`NOT EXISTS (SELECT 1 FROM ${programs} p WHERE p.company_id = ${companies.id} AND p.status <> 'draft' AND ${inYear})`,
      ),
    )
    .orderBy(asc(companies.name));
}

/**
 * Overdue realization reports ("laporan realisasi terlambat"): programs of the companies the
 * admin manages, approved or running, whose end date is more than REPORT_GRACE_DAYS days before
 * `today` and that are not completed. `daysOverdue` counts from the report's due date (end date
 * plus the grace days).
 */
export async function listOverdueReports(db: DbOrTx, admin: StaffViewer, today: string) {
  const daysSinceEnd = sql<number>`(${today}::date - ${programs.endDate})`;
  return db
    .select({
      id: programs.id,
      ref: programs.ref,
      title: programs.title,
      status: programs.status,
      endDate: programs.endDate,
      daysSinceEnd: sql<number>`${daysSinceEnd}::int`,
      daysOverdue: sql<number>`(${daysSinceEnd} - ${REPORT_GRACE_DAYS})::int`,
      companyId: companies.id,
      companyName: companies.name,
      contactName: companies.contactName,
      contactEmail: companies.contactEmail,
      contactPhone: companies.contactPhone,
    })
    .from(programs)
    .innerJoin(companies, eq(companies.id, programs.companyId))
    .where(
      and(
        managedBy(admin),
        csrOnly,
        inArray(programs.status, ["approved", "in_progress"]),
        sql`${programs.endDate} < ${today}::date - ${REPORT_GRACE_DAYS}::int`,
      ),
    )
    .orderBy(desc(daysSinceEnd), asc(companies.name), asc(programs.ref));
}

/** The admin's compliance page: who has not planned for the year, and whose reports are late as of `today` (the admin's calendar day). */
export async function complianceReport(db: DbOrTx, admin: StaffViewer, year: number, today: string) {
  const [missingPlans, overdueReports] = await Promise.all([
    listCompaniesWithoutPlan(db, admin, year),
    listOverdueReports(db, admin, today),
  ]);
  return {
    year,
    today,
    missingPlans: missingPlans.map((c) => ({ ...c, draftCount: Number(c.draftCount) })),
    overdueReports: overdueReports.map((r) => ({ ...r, daysSinceEnd: Number(r.daysSinceEnd), daysOverdue: Number(r.daysOverdue) })),
  };
}
