import "server-only";
import { and, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { auditLog, companies, needs, priorityPrograms, programs, users } from "@/db/schema";
import { startOfDayIn, type IndonesianTimeZone } from "@/lib/time-zone";
import { describeAreas } from "@/server/areas/areas.queries";
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

/**
 * One page of the audit log, newest first; `hasNext` instead of a count, as the log only grows.
 * `from` and `to` are calendar days in `zone`, the admin's own (WIB, WITA or WIT).
 */
export async function searchAudit(db: DbOrTx, admin: StaffViewer, input: SearchAuditInput, zone: IndonesianTimeZone) {
  const conds: SQL[] = [auditVisibleTo(admin)];
  if (input.action) conds.push(eq(auditLog.action, input.action));
  if (input.actorEmail) {
    // An attempt on an unknown email has no actor; the email it tried is in its details.
    const like = escapeLike(input.actorEmail);
    conds.push(or(ilike(users.email, like), and(isNull(auditLog.actorId), sql`${auditLog.details}->>'email' ILIKE ${like}`)) as SQL);
  }
  if (input.from) conds.push(sql`${auditLog.at} >= ${startOfDayIn(zone, input.from).toISOString()}`);
  if (input.to) conds.push(sql`${auditLog.at} < ${startOfDayIn(zone, input.to, 1).toISOString()}`);
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
  const items = rows.slice(0, AUDIT_PAGE_SIZE);
  return { items, names: await namesFor(db, items), page: input.page, pageSize: AUDIT_PAGE_SIZE, hasNext: rows.length > AUDIT_PAGE_SIZE };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const AREA_CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;
/** Detail keys that hold ids or area codes worth a name (a list of program ids, too). */
const ID_KEYS = new Set(["programId", "companyId", "programs", "userId", "needId", "withdrawn"]);
const AREA_KEYS = new Set(["code", "areaCode", "area", "focus", "jurisdiction", "jurisdictions", "added", "removed"]);

/**
 * Names for the ids and area codes a page of entries mentions, as targets or in their details:
 * programs (their title), users, companies, needs, priority programs and areas. An id that names
 * nothing (a removed row, an import job) is left out and shown as it is.
 */
async function namesFor(db: DbOrTx, items: { targetId: string | null; details: Record<string, unknown> | null }[]) {
  const ids = new Set<string>();
  const codes = new Set<string>();
  const visit = (key: string, v: unknown) => {
    if (Array.isArray(v)) return v.forEach((x) => visit(key, x));
    if (v !== null && typeof v === "object") return Object.entries(v).forEach(([k, x]) => visit(k, x));
    if (typeof v !== "string") return;
    if (ID_KEYS.has(key) && UUID.test(v)) ids.add(v);
    if (AREA_KEYS.has(key) && AREA_CODE.test(v)) codes.add(v);
  };
  for (const e of items) {
    if (e.targetId && UUID.test(e.targetId)) ids.add(e.targetId);
    if (e.details) visit("", e.details);
  }
  const names: Record<string, string> = {};
  const list = [...ids];
  if (list.length) {
    const found = await Promise.all([
      db.select({ id: programs.id, name: programs.title }).from(programs).where(inArray(programs.id, list)),
      db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, list)),
      db.select({ id: companies.id, name: companies.name }).from(companies).where(inArray(companies.id, list)),
      db.select({ id: needs.id, name: needs.title }).from(needs).where(inArray(needs.id, list)),
      db.select({ id: priorityPrograms.id, name: priorityPrograms.name }).from(priorityPrograms).where(inArray(priorityPrograms.id, list)),
    ]);
    for (const rows of found) for (const r of rows) names[r.id] = r.name;
  }
  if (codes.size) for (const a of await describeAreas(db, [...codes])) if (codes.has(a.code)) names[a.code] = a.name;
  return names;
}
