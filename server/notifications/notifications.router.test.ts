import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import { notifications } from "@/db/schema";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { expectTrpcError } from "@/server/test/expect";
import { notify } from "./notifications.service";
import { NOTIFICATIONS_PAGE_SIZE } from "./notifications.schemas";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);
const idOf = (key: keyof Fixtures["users"]) => fx.users[key].userId;

const flagged = (n: number) =>
  ({
    kind: "program_flagged",
    link: `/review/flag-${n}`,
    payload: { programTitle: `Program ${n}`, otherTitle: "Lain", kind: "overlap" },
  }) as const;

async function rowsOf(userKey: keyof Fixtures["users"]) {
  return h.db
    .select()
    .from(notifications)
    .where(eq(notifications.recipientId, idOf(userKey)));
}

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  // Reviewer: more than one page; officer B: two of their own.
  for (let i = 1; i <= NOTIFICATIONS_PAGE_SIZE + 3; i++) await notify(h.db, [idOf("reviewer")], flagged(i));
  for (let i = 1; i <= 2; i++) await notify(h.db, [idOf("officerB")], flagged(100 + i));
});
afterAll(() => h?.close());

describe(`notifications (${process.env.TEST_DB_KIND})`, () => {
  it("leaves the actor out and stores each recipient once, in-app only without SMTP", async () => {
    const n = await notify(h.db, [idOf("officerA"), idOf("officerA"), idOf("officerA2")], flagged(500), idOf("officerA2"));
    expect(n).toBe(1);
    const rows = await rowsOf("officerA");
    expect(rows).toHaveLength(1);
    expect(rows[0]?.emailStatus).toBe("none");
    expect(await rowsOf("officerA2")).toHaveLength(0);
  });

  it("lists the reader's own notifications, newest first, a page at a time", async () => {
    const reviewer = await as("reviewer");
    const first = await reviewer.notifications.list({ page: 1 });
    expect(first.total).toBe(NOTIFICATIONS_PAGE_SIZE + 3);
    expect(first.items).toHaveLength(NOTIFICATIONS_PAGE_SIZE);
    const second = await reviewer.notifications.list({ page: 2 });
    expect(second.items).toHaveLength(3);
    const times = [...first.items, ...second.items].map((i) => i.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(first.items.every((i) => i.link.startsWith("/review/flag-") && i.readAt === null)).toBe(true);
    expect(await reviewer.notifications.unreadCount()).toBe(NOTIFICATIONS_PAGE_SIZE + 3);
  });

  it("marks read only the reader's own: another user's ids are left alone", async () => {
    const officerB = await as("officerB");
    const reviewer = await as("reviewer");
    const theirs = (await rowsOf("reviewer")).slice(0, 2).map((r) => r.id);
    const mine = (await rowsOf("officerB")).map((r) => r.id);
    expect(await officerB.notifications.markRead({ ids: [...theirs, mine[0] ?? ""] })).toEqual({ updated: 1 });
    const stillUnread = await h.db.select().from(notifications).where(inArray(notifications.id, theirs));
    expect(stillUnread.every((r) => r.readAt === null)).toBe(true);
    expect(await reviewer.notifications.unreadCount()).toBe(NOTIFICATIONS_PAGE_SIZE + 3);
    expect(await officerB.notifications.unreadCount()).toBe(1);
    // Nobody sees another user's notifications in a list, whatever the filter.
    const list = await officerB.notifications.list({ page: 1 });
    expect(list.items.map((i) => i.id).sort()).toEqual([...mine].sort());
    expect((await officerB.notifications.list({ page: 1, unreadOnly: true })).items.map((i) => i.id)).toEqual([mine[1]]);
  });

  it("marks all of the reader's own read, and nobody else's", async () => {
    const officerB = await as("officerB");
    expect(await officerB.notifications.markAllRead()).toEqual({ updated: 1 });
    expect(await officerB.notifications.unreadCount()).toBe(0);
    expect((await officerB.notifications.list({ page: 1, unreadOnly: true })).total).toBe(0);
    expect(await (await as("reviewer")).notifications.unreadCount()).toBe(NOTIFICATIONS_PAGE_SIZE + 3);
    expect(await (await as("officerA")).notifications.unreadCount()).toBe(1);
  });

  it("refuses the signed-out, and input that is not a list of ids", async () => {
    const anon = await callerFor(h.db, null);
    await expectTrpcError(anon.notifications.list({ page: 1 }), "UNAUTHORIZED");
    await expectTrpcError(anon.notifications.unreadCount(), "UNAUTHORIZED");
    await expectTrpcError(anon.notifications.markAllRead(), "UNAUTHORIZED");
    const ids = (await rowsOf("reviewer")).map((r) => r.id);
    await expectTrpcError(anon.notifications.markRead({ ids }), "UNAUTHORIZED");
    await expectTrpcError((await as("reviewer")).notifications.markRead({ ids: ["not-a-uuid"] }), "BAD_REQUEST");
    await expectTrpcError((await as("reviewer")).notifications.markRead({ ids: [] }), "BAD_REQUEST");
    expect(await (await as("reviewer")).notifications.unreadCount()).toBe(NOTIFICATIONS_PAGE_SIZE + 3);
  });
});
