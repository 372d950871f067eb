import "server-only";
import { and, asc, eq, ilike, inArray, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { companies, forumMembers, programs, users } from "@/db/schema";
import { NATIONAL, sqlSharesGround, sqlWithin } from "@/server/access/areas";
import type { StaffViewer, Viewer } from "@/server/auth/viewer";
import type { CompanyOptionsInput } from "./companies.schemas";

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

const escapeLike = (q: string) => q.replace(/[\\%_]/g, (m) => "\\" + m);

export const COMPANY_OPTIONS_LIMIT = 20;

/**
 * Companies for the picker: at most COMPANY_OPTIONS_LIMIT whose name contains `q` (names starting
 * with it first), then those named in `ids` that the viewer may see, so a chosen filter keeps its name.
 * `ids` alone looks up only those names (what a page needs for the filter in its URL).
 */
export async function listCompanyOptions(db: DbOrTx, viewer: Viewer, input: CompanyOptionsInput = {}) {
  const pickable = pickableBy(viewer);
  const isSearch = input.q !== undefined || input.ids === undefined;
  const found = isSearch ? await searchCompanyNames(db, pickable, input.q ?? "") : [];
  const missing = (input.ids ?? []).filter((id) => !found.some((f) => f.id === id));
  if (!missing.length) return found;
  const named = await db
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(and(pickable, inArray(companies.id, missing)))
    .orderBy(asc(companies.name));
  return [...found, ...named];
}

function searchCompanyNames(db: DbOrTx, pickable: SQL, text: string) {
  const q = escapeLike(text);
  return db
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(q ? and(pickable, ilike(companies.name, `%${q}%`)) : pickable)
    .orderBy(...(q ? [sql`${companies.name} ILIKE ${q + "%"} DESC`] : []), asc(companies.name))
    .limit(COMPANY_OPTIONS_LIMIT);
}

export async function listManagedCompanies(db: DbOrTx, admin: StaffViewer, q?: string) {
  const conds: SQL[] = [managedBy(admin)];
  if (q) conds.push(ilike(companies.name, "%" + escapeLike(q) + "%"));
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
