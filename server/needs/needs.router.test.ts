import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { execute } from "@/db/client";
import { auditLog, needAdoptions, needs } from "@/db/schema";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { AREAS, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { expectTrpcError } from "@/server/test/expect";
import { needInput } from "./needs.fixtures";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
});
afterAll(() => h?.close());

async function needCount() {
  const [row] = await h.db.select({ n: sql<number>`count(*)::int` }).from(needs);
  return Number(row?.n ?? -1);
}
async function row(id: string) {
  const [r] = await h.db.select().from(needs).where(eq(needs.id, id));
  return r;
}
const listIds = async (key: keyof Fixtures["users"], input: Record<string, unknown> = {}) =>
  (await (await as(key)).needs.list(input)).items.map((n) => n.id);

describe(`needs: publish, edit, close (${process.env.TEST_DB_KIND})`, () => {
  it("lets only reviewers and admins publish, and refuses anonymous callers", async () => {
    const anon = await callerFor(h.db, null);
    await expectTrpcError(anon.needs.list({}), "UNAUTHORIZED");
    await expectTrpcError(anon.needs.publish(needInput()), "UNAUTHORIZED");
    for (const key of ["officerA", "viewer"] as const) {
      await expectTrpcError((await as(key)).needs.publish(needInput()), "FORBIDDEN");
    }
    expect(await needCount()).toBe(0);
    const { id, version } = await (await as("reviewerKutim")).needs.publish(needInput());
    expect(version).toBe(1);
    expect(await row(id)).toMatchObject({ jurisdiction: "64.08", areaCode: AREAS.kutimVillage, status: "open", allowCofunding: false });
    const audit = await h.db.select().from(auditLog).where(eq(auditLog.targetId, id));
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([["need.publish", fx.users.reviewerKutim.userId]]);
  });

  it("keeps a published need's area inside the publisher's jurisdiction", async () => {
    const before = await needCount();
    const kutim = await as("reviewerKutim");
    expect(await expectTrpcError(kutim.needs.publish(needInput({ areaCode: AREAS.samarindaWard })), "BAD_REQUEST")).toEqual({
      areaCode: "errors.outsideJurisdiction",
    });
    // The province is wider than Kutai Timur: a regency office cannot publish for all of it.
    expect(await expectTrpcError(kutim.needs.publish(needInput({ areaCode: AREAS.kaltim })), "BAD_REQUEST")).toEqual({
      areaCode: "errors.outsideJurisdiction",
    });
    expect(await expectTrpcError((await as("reviewerKaltara")).needs.publish(needInput()), "BAD_REQUEST")).toEqual({
      areaCode: "errors.outsideJurisdiction",
    });
    expect(await expectTrpcError(kutim.needs.publish(needInput({ areaCode: "64.08.99.2001" })), "BAD_REQUEST")).toEqual({
      areaCode: "errors.areaUnknown",
    });
    expect(await needCount()).toBe(before);
    const province = await (await as("admin")).needs.publish(needInput({ areaCode: AREAS.samarindaWard }));
    expect((await row(province.id))?.jurisdiction).toBe("64");
    const national = await (await as("adminNational")).needs.publish(needInput({ areaCode: "65" }));
    expect((await row(national.id))?.jurisdiction).toBe("ID");
  });

  it("validates every field with catalog keys and writes nothing", async () => {
    const before = await needCount();
    const errors = await expectTrpcError(
      (await as("reviewer")).needs.publish(
        needInput({ title: "abc", description: "pendek", estimatedBudgetIdr: -1, source: "rumor", areaCode: "Kaliorang", sector: "" }),
      ),
      "BAD_REQUEST",
    );
    expect(errors).toEqual({
      title: "errors.titleLength",
      description: "errors.descriptionLength",
      estimatedBudgetIdr: "errors.notNegative",
      source: "errors.needSource",
      areaCode: "errors.areaCode",
      sector: "errors.sector",
    });
    const fraction = await expectTrpcError((await as("reviewer")).needs.publish(needInput({ estimatedBudgetIdr: 10.5 })), "BAD_REQUEST");
    expect(fraction).toEqual({ estimatedBudgetIdr: "errors.wholeRupiah" });
    expect(await needCount()).toBe(before);
  });

  it("refuses a stale version with CONFLICT and keeps the newer edit", async () => {
    const reviewer = await as("reviewer");
    const { id } = await reviewer.needs.publish(needInput({ title: "Air bersih Desa Kaliorang" }));
    const v2 = await reviewer.needs.update({
      ...needInput({ title: "Air bersih perpipaan Desa Kaliorang", allowCofunding: true }),
      id,
      version: 1,
    });
    expect(v2.version).toBe(2);
    await expectTrpcError(reviewer.needs.update({ ...needInput({ title: "Salinan basi yang ditimpa" }), id, version: 1 }), "CONFLICT");
    await expectTrpcError(reviewer.needs.close({ id, version: 1 }), "CONFLICT");
    expect(await row(id)).toMatchObject({ title: "Air bersih perpipaan Desa Kaliorang", allowCofunding: true, version: 2, status: "open" });
    const audit = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, id), eq(auditLog.action, "need.update")));
    expect(audit).toHaveLength(1);
  });

  it("lets the publishing office or one above it edit, and keeps the area inside the office's jurisdiction", async () => {
    const { id } = await (await as("reviewerKutim")).needs.publish(needInput({ title: "PMT balita Kaliorang" }));
    const provincial = await (await as("admin")).needs.publish(needInput({ title: "PMT balita provinsi", areaCode: AREAS.kutim }));
    // Kutai Timur's reviewer sees the province's need in their regency but may not change it.
    const kutim = await as("reviewerKutim");
    expect((await kutim.needs.byId({ id: provincial.id })).permissions).toMatchObject({ canEdit: false, canClose: false });
    await expectTrpcError(kutim.needs.update({ ...needInput(), id: provincial.id, version: 1 }), "FORBIDDEN");
    await expectTrpcError(kutim.needs.close({ id: provincial.id, version: 1 }), "FORBIDDEN");
    await expectTrpcError((await as("reviewerKaltara")).needs.update({ ...needInput(), id, version: 1 }), "NOT_FOUND");
    await expectTrpcError((await as("viewer")).needs.update({ ...needInput(), id, version: 1 }), "FORBIDDEN");
    await expectTrpcError((await as("officerA")).needs.close({ id, version: 1 }), "FORBIDDEN");
    // The provincial reviewer may edit Kutai Timur's need, but not move it out of Kutai Timur.
    const reviewer = await as("reviewer");
    const moved = await expectTrpcError(
      reviewer.needs.update({ ...needInput({ areaCode: AREAS.samarindaWard }), id, version: 1 }),
      "BAD_REQUEST",
    );
    expect(moved).toEqual({ areaCode: "errors.outsideJurisdiction" });
    expect((await reviewer.needs.update({ ...needInput({ title: "PMT balita Desa Kaliorang" }), id, version: 1 })).version).toBe(2);
    expect(await row(provincial.id)).toMatchObject({ title: "PMT balita provinsi", version: 1 });
  });

  it("closes a need: it leaves the officers' catalogue, cannot be edited or adopted, adoptions stay", async () => {
    const reviewer = await as("reviewer");
    const { id } = await reviewer.needs.publish(needInput({ title: "Sumur bor Desa Kaliorang", allowCofunding: true }));
    await (await as("officerB")).needs.adopt({ needId: id });
    expect(await listIds("officerA")).toContain(id);
    const closed = await reviewer.needs.close({ id, version: 1 });
    expect(closed).toMatchObject({ status: "closed", version: 2 });
    expect(await listIds("officerA")).not.toContain(id);
    expect(await listIds("officerB", { mine: true })).toContain(id); // the adopter still sees it
    expect(await listIds("reviewer", { status: "closed" })).toContain(id);
    expect(await listIds("reviewer")).not.toContain(id);
    const edit = reviewer.needs.update({ ...needInput(), id, version: 2 });
    await expect(edit).rejects.toMatchObject({ code: "FORBIDDEN", message: "errors.needClosed" });
    await expect((await as("officerA")).needs.adopt({ needId: id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "errors.needClosed",
    });
    const adoptions = await h.db.select().from(needAdoptions).where(eq(needAdoptions.needId, id));
    expect(adoptions).toHaveLength(1);
    const audit = await h.db.select().from(auditLog).where(eq(auditLog.targetId, id));
    expect(audit.map((a) => a.action).sort()).toEqual(["need.adopt", "need.close", "need.publish"]);
  });
});

describe(`needs: visibility and gaps (${process.env.TEST_DB_KIND})`, () => {
  it("shows staff the needs sharing ground with their jurisdiction, and filters by sector, area and text", async () => {
    const admin = await as("admin");
    const samarinda = (
      await admin.needs.publish(needInput({ title: "Beasiswa Rawa Makmur", areaCode: AREAS.samarindaWard, sector: "education" }))
    ).id;
    const province = (
      await admin.needs.publish(needInput({ title: "Relawan bencana se-Kaltim", areaCode: AREAS.kaltim, sector: "disaster" }))
    ).id;
    const kutim = await listIds("reviewerKutim", { status: "all", pageSize: 100 });
    expect(kutim).toContain(province);
    expect(kutim).not.toContain(samarinda);
    const kaltara = await listIds("reviewerKaltara", { status: "all", pageSize: 100 });
    expect(kaltara).not.toContain(samarinda);
    expect(kaltara).not.toContain(province);
    expect(await listIds("viewer", { sector: "education" })).toEqual([samarinda]);
    expect(await listIds("officerC", { area: "64.72" })).toContain(samarinda);
    expect(await listIds("officerA", { q: "rawa makmur" })).toEqual([samarinda]);
    await expectTrpcError((await as("reviewerKaltara")).needs.byId({ id: samarinda }), "NOT_FOUND");
    const page = await (await as("reviewer")).needs.list({ status: "all", pageSize: 2, page: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(4);
  });

  it("lists the gaps (open, nobody adopted) in the viewer's jurisdiction, oldest first, with their age", async () => {
    const kutimAdmin = await as("adminKutim");
    const old = (await kutimAdmin.needs.publish(needInput({ title: "Jamban sehat Kaliorang" }))).id;
    const adopted = (await kutimAdmin.needs.publish(needInput({ title: "Posyandu Kaliorang" }))).id;
    await (await as("officerC")).needs.adopt({ needId: adopted });
    await h.db
      .update(needs)
      .set({ createdAt: sql`now() - interval '40 days'` })
      .where(eq(needs.id, old));

    const gaps = await (await as("reviewerKutim")).needs.gaps({});
    const ids = gaps.items.map((g) => g.id);
    expect(ids[0]).toBe(old);
    expect(gaps.items[0]).toMatchObject({ ageDays: 40, title: "Jamban sehat Kaliorang", area: { code: AREAS.kutimVillage } });
    expect(ids).not.toContain(adopted);
    expect(gaps.total).toBe(ids.length);
    const counted = await execute<{ n: number }>(
      h.db,
      sql`SELECT count(*)::int AS n FROM needs n WHERE n.status = 'open' AND (n.area_code IN ('64', '64.08') OR n.area_code LIKE '64.08.%')
          AND NOT EXISTS (SELECT 1 FROM need_adoptions a WHERE a.need_id = n.id)`,
    );
    expect(gaps.total).toBe(Number(counted.rows[0]?.n));
    expect((await (await as("viewer")).needs.gaps({})).items.map((g) => g.id)).toContain(old);
    expect((await (await as("reviewerKaltara")).needs.gaps({})).items.map((g) => g.id)).not.toContain(old);
    await expectTrpcError((await as("officerA")).needs.gaps({}), "FORBIDDEN");
    expect((await (await as("reviewerKutim")).needs.gaps({ limit: 1 })).items).toHaveLength(1);
  });
});
