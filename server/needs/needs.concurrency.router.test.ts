import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { TRPCError } from "@trpc/server";
import { needAdoptions, notifications } from "@/db/schema";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { addCompaniesWithOfficers, needInput } from "./needs.fixtures";

// Simultaneous adoptions of one need, each call in its own transaction. On PostgreSQL the pool
// runs them on separate connections at once; on PGlite they queue on its one connection.

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
let officers: Awaited<ReturnType<typeof addCompaniesWithOfficers>>;

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  officers = await addCompaniesWithOfficers(h.db, "PT Serentak", 10);
});
afterAll(() => h?.close());

async function publish(allowCofunding = false) {
  const reviewer = await callerFor(h.db, fx.users.reviewer);
  return (await reviewer.needs.publish(needInput({ allowCofunding }))).id;
}

/** Fires one adoption per caller at the same moment; returns the outcomes in order. */
async function adoptAtOnce(needId: string, count: number) {
  const callers = await Promise.all(officers.slice(0, count).map((o) => callerFor(h.db, o.claims)));
  return Promise.allSettled(callers.map((c) => c.needs.adopt({ needId })));
}

function tally(results: PromiseSettledResult<unknown>[]) {
  const won = results.filter((r) => r.status === "fulfilled").length;
  const refusals = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
  return { won, refusals };
}

async function expectExactlyOneWinner(needId: string, count: number) {
  const { won, refusals } = tally(await adoptAtOnce(needId, count));
  expect(won).toBe(1);
  expect(refusals).toHaveLength(count - 1);
  for (const err of refusals) {
    expect(err).toBeInstanceOf(TRPCError);
    expect(err).toMatchObject({ code: "CONFLICT", message: "errors.needTaken" });
  }
  const rows = await h.db.select().from(needAdoptions).where(eq(needAdoptions.needId, needId));
  expect(rows).toHaveLength(1);
  // Only the winner's transaction notified anyone: one notification per reviewer, not one per attempt.
  const sent = await h.db
    .select()
    .from(notifications)
    .where(eq(notifications.link, `/needs?id=${needId}&status=all`));
  expect(new Set(sent.map((n) => n.recipientId)).size).toBe(sent.length);
  expect(sent.length).toBeGreaterThan(0);
}

describe(`needs: simultaneous adoptions (${process.env.TEST_DB_KIND})`, () => {
  it("lets exactly one of two companies adopting at the same moment win; the other gets CONFLICT", async () => {
    await expectExactlyOneWinner(await publish(), 2);
  });

  it("lets exactly one of ten companies win", async () => {
    await expectExactlyOneWinner(await publish(), 10);
  });

  it("keeps the outcome the same over repeated races", async () => {
    for (let round = 0; round < 3; round++) await expectExactlyOneWinner(await publish(), 10);
  });

  it("lets all ten adopt at once when the need is open to co-funding", async () => {
    const needId = await publish(true);
    const { won, refusals } = tally(await adoptAtOnce(needId, 10));
    expect(refusals).toEqual([]);
    expect(won).toBe(10);
    const rows = await h.db.select().from(needAdoptions).where(eq(needAdoptions.needId, needId));
    expect(new Set(rows.map((r) => r.companyId))).toEqual(new Set(officers.map((o) => o.companyId)));
  });

  it("records one adoption when two officers of the same company adopt at once", async () => {
    const needId = await publish(true);
    const [a1, a2] = await Promise.all([callerFor(h.db, fx.users.officerA), callerFor(h.db, fx.users.officerA2)]);
    const results = await Promise.allSettled([a1.needs.adopt({ needId }), a2.needs.adopt({ needId })]);
    const { won, refusals } = tally(results);
    expect(won).toBe(1);
    expect(refusals).toMatchObject([{ code: "CONFLICT", message: "errors.needAlreadyAdopted" }]);
    expect(await h.db.select().from(needAdoptions).where(eq(needAdoptions.needId, needId))).toHaveLength(1);
  });
});
