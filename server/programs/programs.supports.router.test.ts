import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { programs } from "@/db/schema";
import { createActivity, SYSTEM_ACTOR } from "@/server/government/government.service";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { AREAS, insertProgram, programInput, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { expectTrpcError } from "@/server/test/expect";

// A CSR program names the government activity it complements (issue 10, point 3).

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
let rtlhKutim: string;
let rtlhSamarinda: string;

const house = (o: Record<string, unknown> = {}) =>
  programInput({
    title: "Bedah rumah warga kurang mampu",
    description: "Perbaikan atap, lantai dan dinding rumah warga prasejahtera, melengkapi RTLH kabupaten.",
    sector: "infrastructure",
    targetGroup: "poor_households",
    areaCodes: [AREAS.kutimVillage],
    ...o,
  });

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  const base = {
    funding: "apbd_regency" as const,
    title: "Rehabilitasi Rumah Tidak Layak Huni",
    sector: "infrastructure" as const,
    targetGroupText: "keluarga miskin",
    startDate: "2026-01-01",
    endDate: "2026-12-31",
    budgetIdr: 900_000_000,
    plannedBeneficiaries: 30,
    sourceName: "DPA 2026 (uji)",
  };
  // Regency-wide: it touches every village of Kutai Timur.
  rtlhKutim = (
    await createActivity(h.db, SYSTEM_ACTOR, {
      ...base,
      ref: "RTLH-KUTIM",
      agency: "Dinas PUPR Kab. Kutai Timur",
      areaCodes: [AREAS.kutim],
    })
  ).id;
  rtlhSamarinda = (
    await createActivity(h.db, SYSTEM_ACTOR, {
      ...base,
      ref: "RTLH-SMD",
      agency: "Dinas Perkim Kota Samarinda",
      areaCodes: [AREAS.samarindaWard],
    })
  ).id;
});
afterAll(() => h?.close());

describe(`programs.supportsActivityId (${process.env.TEST_DB_KIND})`, () => {
  it("saves the government activity a program supports, shows it on the program, and clears it", async () => {
    const officer = await callerFor(h.db, fx.users.officerA);
    const created = await officer.programs.create(house({ ref: "BR-01", supportsActivityId: rtlhKutim }));
    const shown = await officer.programs.byId({ id: created.id });
    // The activity lists it for its own company; a draft stays hidden from another company.
    expect((await officer.government.byId({ id: rtlhKutim })).supportedBy.map((p) => p.id)).toEqual([created.id]);
    expect((await (await callerFor(h.db, fx.users.officerB)).government.byId({ id: rtlhKutim })).supportedBy).toEqual([]);
    expect(shown.supportsActivity).toEqual({
      id: rtlhKutim,
      title: "Rehabilitasi Rumah Tidak Layak Huni",
      agency: "Dinas PUPR Kab. Kutai Timur",
    });

    await officer.programs.update({ ...house({ ref: "BR-01", supportsActivityId: null }), id: created.id, version: created.version });
    const [row] = await h.db.select({ s: programs.supportsActivityId }).from(programs).where(eq(programs.id, created.id));
    expect(row?.s).toBeNull();
  });

  it("refuses a CSR program, an unknown id, or an activity in other places, beside the field", async () => {
    const officer = await callerFor(h.db, fx.users.officerA);
    const csr = await insertProgram(h.db, { companyId: fx.companies.b, ref: "LAIN-1", status: "approved", areas: [AREAS.kutimVillage] });
    expect(await expectTrpcError(officer.programs.create(house({ ref: "BR-02", supportsActivityId: csr })), "BAD_REQUEST")).toEqual({
      supportsActivityId: "errors.supportsActivityUnknown",
    });
    expect(
      await expectTrpcError(
        officer.programs.create(house({ ref: "BR-03", supportsActivityId: "5b0c3f43-6a0e-4d8e-9d55-3c0d6a1f2e11" })),
        "BAD_REQUEST",
      ),
    ).toEqual({
      supportsActivityId: "errors.supportsActivityUnknown",
    });
    expect(
      await expectTrpcError(officer.programs.create(house({ ref: "BR-04", supportsActivityId: rtlhSamarinda })), "BAD_REQUEST"),
    ).toEqual({
      supportsActivityId: "errors.supportsActivityElsewhere",
    });
    expect(
      await expectTrpcError(officer.programs.create(house({ ref: "BR-05", supportsActivityId: "bukan-uuid" })), "BAD_REQUEST"),
    ).toMatchObject({
      supportsActivityId: "errors.supportsActivityUnknown",
    });
  });

  it("keeps the program when the activity it supports is deleted (the link goes)", async () => {
    const officer = await callerFor(h.db, fx.users.officerA);
    const extra = (
      await createActivity(h.db, SYSTEM_ACTOR, {
        ref: "SEMBAKO-KLR",
        agency: "Kementerian Sosial",
        funding: "apbn",
        title: "Program Sembako",
        sector: "social",
        targetGroupText: "KPM",
        areaCodes: [AREAS.kutimVillage],
        startDate: "2026-01-01",
        endDate: "2026-12-31",
        budgetIdr: null,
        plannedBeneficiaries: 212,
        sourceName: "Kemensos (uji)",
      })
    ).id;
    const p = await officer.programs.create(house({ ref: "BR-06", supportsActivityId: extra }));
    await (await callerFor(h.db, fx.users.admin)).government.delete({ id: extra, version: 1 });
    const shown = await officer.programs.byId({ id: p.id });
    expect(shown.supportsActivity).toBeNull();
    expect(shown.title).toBe("Bedah rumah warga kurang mampu");
  });
});
