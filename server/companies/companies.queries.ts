import "server-only";
import { and, asc, eq, ilike, inArray, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { companies, forumMembers, programs, users } from "@/db/schema";
import { NATIONAL, sqlSharesGround, sqlWithin } from "@/server/access/areas";
import type { StaffViewer, Viewer } from "@/server/auth/viewer";

/** Companies an admin manages: members of a forum inside the admin's jurisdiction. */
export function managedBy(admin: StaffViewer): SQL {
  if (admin.jurisdiction === NATIONAL) return sql`true`;
  return sql`EXISTS (SELECT 1 FROM forum_members fm WHERE fm.company_id = ${companies.id} AND ${sqlWithin(sql.raw("fm.jurisdiction"), admin.jurisdiction)})`;
}

/** Companies a viewer can pick in filters: officers see every member; staff those of forums sharing ground with their jurisdiction. */
function pickableBy(viewer: Viewer): SQL {
  if (viewer.role === "officer" || viewer.jurisdiction === NATIONAL) return sql`true`;
  return sql`EXISTS (SELECT 1 FROM forum_members fm WHERE fm.company_id = ${companies.id} AND ${sqlSharesGround(sql.raw("fm.jurisdiction"), viewer.jurisdiction)})`;
}

export async function listCompanyOptions(db: DbOrTx, viewer: Viewer) {
  return db.select({ id: companies.id, name: companies.name }).from(companies).where(pickableBy(viewer)).orderBy(asc(companies.name));
}

export async function listManagedCompanies(db: DbOrTx, admin: StaffViewer, q?: string) {
  const conds: SQL[] = [managedBy(admin)];
  if (q) conds.push(ilike(companies.name, "%" + q.replace(/[\\%_]/g, (m) => "\\" + m) + "%"));
  const rows = await db
    .select({
      id: companies.id,
      name: companies.name,
      legalName: companies.legalName,
      businessSector: companies.businessSector,
      contactName: companies.contactName,
      contactEmail: companies.contactEmail,
      contactPhone: companies.contactPhone,
      version: companies.version,
      // Aliased by hand: drizzle leaves columns unqualified in a one-table select list, and an
      // unqualified `id` inside the subquery would mean the inner table's own id.
      officerCount: sql<number>`(SELECT count(*)::int FROM ${users} u WHERE u.company_id = ${companies}.id AND u.is_active)`,
      programCount: sql<number>`(SELECT count(*)::int FROM ${programs} p WHERE p.company_id = ${companies}.id)`,
    })
    .from(companies)
    .where(and(...conds))
    .orderBy(asc(companies.name));
  const members = rows.length
    ? await db
        .select({ companyId: forumMembers.companyId, jurisdiction: forumMembers.jurisdiction })
        .from(forumMembers)
        .where(
          inArray(
            forumMembers.companyId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(forumMembers.jurisdiction))
    : [];
  return rows.map((r) => ({ ...r, jurisdictions: members.filter((m) => m.companyId === r.id).map((m) => m.jurisdiction) }));
}

export async function findManagedCompany(db: DbOrTx, admin: StaffViewer, id: string) {
  const [row] = await db
    .select({ id: companies.id, version: companies.version })
    .from(companies)
    .where(and(eq(companies.id, id), managedBy(admin)));
  return row ?? null;
}
