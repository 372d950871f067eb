import "server-only";
import { and, desc, eq, ilike, isNull, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { NATIONAL } from "@/server/access/areas";
import type { StaffViewer } from "@/server/auth/viewer";
import { usersManagedBy } from "@/server/users/users.queries";
import { AUDIT_PAGE_SIZE, type SearchAuditInput } from "./audit.schemas";

const escapeLike = (s: string) => "%" + s.replace(/[\\%_]/g, (m) => "\\" + m) + "%";

/**
 * Which entries an admin may read: a national admin all of them; any other admin those whose
 * actor is a user they manage, and sign-in attempts nobody could be tied to (an unknown email),
 * so that an attack on their users' accounts is visible to them.
 */
export function auditVisibleTo(admin: StaffViewer): SQL {
  if (admin.jurisdiction === NATIONAL) return sql`true`;
  return or(
    sql`${auditLog.actorId} IN (SELECT ${users.id} FROM ${users} WHERE ${usersManagedBy(admin)})`,
    and(isNull(auditLog.actorId), sql`${auditLog.action} LIKE 'auth.%'`),
  ) as SQL;
}

/** A start of day in WITA (UTC+8, no daylight saving), where the office works. */
const witaDay = (isoDate: string, plusDays = 0) => {
  const d = new Date(`${isoDate}T00:00:00+08:00`);
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d;
};

/** One page of the audit log, newest first; `hasNext` instead of a count, as the log only grows. */
export async function searchAudit(db: DbOrTx, admin: StaffViewer, input: SearchAuditInput) {
  const conds: SQL[] = [auditVisibleTo(admin)];
  if (input.action) conds.push(eq(auditLog.action, input.action));
  if (input.actorEmail) {
    // An attempt on an unknown email has no actor; the email it tried is in its details.
    const like = escapeLike(input.actorEmail);
    conds.push(or(ilike(users.email, like), and(isNull(auditLog.actorId), sql`${auditLog.details}->>'email' ILIKE ${like}`)) as SQL);
  }
  if (input.from) conds.push(sql`${auditLog.at} >= ${witaDay(input.from).toISOString()}`);
  if (input.to) conds.push(sql`${auditLog.at} < ${witaDay(input.to, 1).toISOString()}`);
  if (input.q) {
    const like = escapeLike(input.q);
    conds.push(
      or(
        ilike(auditLog.action, like),
        ilike(auditLog.targetType, like),
        ilike(auditLog.targetId, like),
        ilike(auditLog.ip, like),
        sql`${auditLog.details}::text ILIKE ${like}`,
        ilike(users.name, like),
        ilike(users.email, like),
      ) as SQL,
    );
  }
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      ip: auditLog.ip,
      details: auditLog.details,
      actorId: auditLog.actorId,
      actorName: users.name,
      actorEmail: users.email,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(...conds))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE + 1)
    .offset((input.page - 1) * AUDIT_PAGE_SIZE);
  return { items: rows.slice(0, AUDIT_PAGE_SIZE), page: input.page, pageSize: AUDIT_PAGE_SIZE, hasNext: rows.length > AUDIT_PAGE_SIZE };
}
