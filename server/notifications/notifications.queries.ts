import "server-only";
import { and, count, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { notifications } from "@/db/schema";
import { NOTIFICATIONS_PAGE_SIZE, type ListNotificationsInput } from "./notifications.schemas";

// Every query here takes the reader's own user id and puts it in the WHERE clause: a
// notification is never read or changed by anyone but its recipient.

export async function listNotifications(db: DbOrTx, userId: string, input: ListNotificationsInput) {
  const conds: SQL[] = [eq(notifications.recipientId, userId)];
  if (input.unreadOnly) conds.push(isNull(notifications.readAt));
  const where = and(...conds);
  const [total] = await db.select({ n: count() }).from(notifications).where(where);
  const items = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      link: notifications.link,
      payload: notifications.payload,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(NOTIFICATIONS_PAGE_SIZE)
    .offset((input.page - 1) * NOTIFICATIONS_PAGE_SIZE);
  return { items, total: Number(total?.n ?? 0), page: input.page, pageSize: NOTIFICATIONS_PAGE_SIZE };
}

export async function countUnread(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.recipientId, userId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

/** Marks the reader's own notifications read; ids of anyone else's are silently left alone. */
export async function markRead(db: DbOrTx, userId: string, ids: string[]): Promise<{ updated: number }> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.recipientId, userId), inArray(notifications.id, ids), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { updated: rows.length };
}

export async function markAllRead(db: DbOrTx, userId: string): Promise<{ updated: number }> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.recipientId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { updated: rows.length };
}
