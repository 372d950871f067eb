import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indicators } from "@/db/schema";
import { clearMemoryCache, dataVersion } from "@/server/cache/versioned-cache";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { AREAS, insertProgram, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import type { CreateActivityValues } from "@/server/government/government.schemas";
import { rupiahPerPoorPerson } from "./per-poor";

// Issue 10, point 3: CSR and government spending per poor person, side by side, on the dashboard
// and the targeting view; government writes retire the cached dashboard like program writes.

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);
const SAMARINDA = "64.72";

const activity = (o: Partial<CreateActivityValues>): CreateActivityValues => ({
  ref: "GOV-1",
  agency: "Dinas PUPR Kab. Kutai Timur",
  funding: "apbd_regency",
  title: "Rehabilitasi Rumah Tidak Layak Huni",
  sector: "infrastructure",
  targetGroupText: "keluarga miskin",
  areaCodes: [AREAS.kutimVillage],
  startDate: "2026-01-01",
  endDate: "2026-12-31",
  budgetIdr: 1_740_000_000,
  plannedBeneficiaries: 87,
  sourceName: "DPA PUPR Kutim 2026 (uji)",
  ...o,
});

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  // Kutai Timur has a poor-people count (2024 and an older 2019 one); Samarinda has none.
  await h.db.insert(indicators).values([
    { areaCode: AREAS.kutim, year: 2024, measure: "poor_people", value: 29_000, source: "BPS Kutai Timur 2024" },
    { areaCode: AREAS.kutim, year: 2019, measure: "poor_people", value: 31_500, source: "BPS Kutai Timur 2019" },
  ]);
  await insertProgram(h.db, {
    companyId: fx.companies.a,
    ref: "CSR-KUTIM",
    status: "approved",
    areas: [AREAS.kutimVillage],
    budgetIdr: 290_000_000,
  });
  await insertProgram(h.db, {
    companyId: fx.companies.b,
    ref: "CSR-SMD",
    status: "approved",
    areas: [AREAS.samarindaWard],
    budgetIdr: 100_000_000,
  });
});
afterAll(() => h?.close());

describe(`spending per poor person (${process.env.TEST_DB_KIND})`, () => {
  it("is null without a figure, without a known budget, or for zero poor people; Rp 0 when nothing is spent", () => {
    expect(rupiahPerPoorPerson(290_000_000, 1, 0, 29_000)).toBe(10_000);
    expect(rupiahPerPoorPerson(0, 0, 0, 29_000)).toBe(0);
    expect(rupiahPerPoorPerson(0, 2, 2, 29_000)).toBeNull();
    expect(rupiahPerPoorPerson(5_000, 1, 0, null)).toBeNull();
    expect(rupiahPerPoorPerson(5_000, 1, 0, 0)).toBeNull();
  });

  it("shows CSR and government side by side on the dashboard, and a government write retires the cached figures", async () => {
    const viewer = await as("viewer");
    const before = await viewer.dashboard.summary({});
    const kutim = before.perPoor.find((r) => r.code === AREAS.kutim);
    expect(kutim?.poorPeople).toEqual({ value: 29_000, year: 2024, source: "BPS Kutai Timur 2024" });
    expect(kutim?.csr.perPoor).toBe(10_000);
    expect(kutim?.government).toEqual({ activities: 0, budgetIdr: 0, withoutBudget: 0, perPoor: 0 });
    // No poor-people figure: no ratio on either side, whatever is spent.
    const smd = before.perPoor.find((r) => r.code === SAMARINDA);
    expect(smd?.poorPeople).toBeNull();
    expect(smd?.csr.perPoor).toBeNull();

    const admin = await as("admin");
    const version = await dataVersion(h.db);
    await admin.government.create(activity({}));
    // Each government write is a new data version (the programs trigger: status 'reference' is past draft).
    expect(await dataVersion(h.db)).toBe(version + 1);
    // Registered for the whole province: it names no regency, so it is counted in none.
    await admin.government.create(
      activity({ ref: "PROV-1", agency: "Dinas Sosial Provinsi Kalimantan Timur", areaCodes: [AREAS.kaltim], budgetIdr: 9_000_000_000 }),
    );
    // Budget not known yet: counted as an activity, left out of the sum.
    await admin.government.create(
      activity({
        ref: "PKH-1",
        agency: "Kementerian Sosial",
        funding: "apbn",
        sector: "social",
        title: "Program Keluarga Harapan",
        budgetIdr: null,
      }),
    );

    expect(await dataVersion(h.db)).toBe(version + 3);
    // This process may still serve its last figures for a moment after a slow computation (the
    // cache's rest, server/cache/versioned-cache.ts); another instance reads by version only.
    clearMemoryCache(h.db);
    const after = await viewer.dashboard.summary({});
    const k2 = after.perPoor.find((r) => r.code === AREAS.kutim);
    expect(k2?.government).toEqual({ activities: 2, budgetIdr: 1_740_000_000, withoutBudget: 1, perPoor: 60_000 });
    expect(k2?.csr.perPoor).toBe(10_000);
    // CSR figures are untouched by government rows.
    expect(after.totals).toEqual(before.totals);

    // The sector filter applies to both sides; the year reads the figure at or before it.
    const social = await viewer.dashboard.summary({ sector: "social" });
    expect(social.perPoor.find((r) => r.code === AREAS.kutim)?.government).toMatchObject({ activities: 1, budgetIdr: 0, perPoor: null });
    const y2020 = await viewer.dashboard.summary({ year: 2020 });
    const old = y2020.perPoor.find((r) => r.code === AREAS.kutim);
    expect(old?.poorPeople?.year).toBe(2019);
    expect(old?.government.activities).toBe(0);
  });

  it("adds the government's rupiah per poor person to the targeting view", async () => {
    const view = await (await as("reviewer")).targeting.view({});
    const kutim = view.areas.find((a) => a.code === AREAS.kutim);
    expect(kutim?.rupiahPerPoorPerson).toBe(10_000);
    expect(kutim?.government).toEqual({ activities: 2, budgetIdr: 1_740_000_000, withoutBudget: 1, perPoor: 60_000 });
    expect(view.areas.find((a) => a.code === SAMARINDA)?.government.perPoor).toBeNull();
    await expect((await as("officerA")).targeting.view({})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
