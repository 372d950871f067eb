import "server-only";
import { and, asc, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { companies, users } from "@/db/schema";
import { NATIONAL, sqlWithin } from "@/server/access/areas";
import type { StaffViewer } from "@/server/auth/viewer";
import { managedBy } from "@/server/companies/companies.queries";

/**
 * Users an admin manages: staff and viewers whose jurisdiction lies within the admin's, and
 * officers of companies the admin manages.
 */
export function usersManagedBy(admin: StaffViewer): SQL {
  if (admin.jurisdiction === NATIONAL) return sql`true`;
  return or(
    and(sql`${users.jurisdiction} IS NOT NULL`, sqlWithin(users.jurisdiction, admin.jurisdiction)),
    sql`${users.companyId} IN (SELECT ${companies.id} FROM ${companies} WHERE ${managedBy(admin)})`,
  ) as SQL;
}

export async function listManagedUsers(db: DbOrTx, admin: StaffViewer, filter: { q?: string; role?: string }) {
  const conds: SQL[] = [usersManagedBy(admin)];
  if (filter.q) {
    const like = "%" + filter.q.replace(/[\\%_]/g, (m) => "\\" + m) + "%";
    conds.push(or(ilike(users.email, like), ilike(users.name, like)) as SQL);
  }
  if (filter.role) conds.push(sql`${users.role} = ${filter.role}`);
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      companyId: users.companyId,
      companyName: companies.name,
      jurisdiction: users.jurisdiction,
      isActive: users.isActive,
      version: users.version,
      lastSignInAt: users.lastSignInAt,
    })
    .from(users)
    .leftJoin(companies, eq(companies.id, users.companyId))
    .where(and(...conds))
    .orderBy(desc(users.isActive), asc(users.role), asc(users.name));
}

export async function findManagedUser(db: DbOrTx, admin: StaffViewer, id: string) {
  const [row] = await db
    .select({ id: users.id, role: users.role, isActive: users.isActive, version: users.version, email: users.email })
    .from(users)
    .where(and(eq(users.id, id), usersManagedBy(admin)));
  return row ?? null;
}
