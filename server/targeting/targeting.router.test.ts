import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { expectTrpcError } from "@/server/test/expect";
import { arrangeTargeting, sourceOf, YEAR } from "./targeting.fixtures";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
let extra: Awaited<ReturnType<typeof arrangeTargeting>>;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);
const M = 1_000_000;

const KALTIM_REGENCIES = ["64.01", "64.02", "64.03", "64.07", "64.08", "64.09", "64.11", "64.71", "64.72", "64.74"];

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  extra = await arrangeTargeting(h.db, fx);
});
afterAll(() => h?.close());

describe(`targeting view (${process.env.TEST_DB_KIND})`, () => {
  it("gives each regency its latest figures, money per poor person, blank spots and pile-ups", async () => {
    const view = await (await as("reviewer")).targeting.view({ year: YEAR });
    expect(view.year).toBe(YEAR);
    // The province's 2024 rate: its 2027 figure is after the year viewed.
    expect(view.focus).toEqual({
      code: "64",
      name: "Kalimantan Timur",
      povertyRate: { value: 5.78, year: 2024, source: sourceOf("64", 2024) },
      poorPeople: { value: 220_000, year: 2024, source: sourceOf("64", 2024) },
    });
    expect(view.areas.map((a) => a.code)).toEqual(KALTIM_REGENCIES);
    const row = Object.fromEntries(
      view.areas.map((a) => [
        a.code,
        [a.programs, a.budgetIdr, a.plannedBeneficiaries, a.povertyRate?.value ?? null, a.poorPeople?.value ?? null, a.rupiahPerPoorPerson],
      ]),
    );
    expect(row).toEqual({
      "64.01": [0, 0, 0, null, null, null],
      "64.02": [1, 558.2 * M, 200, 7.63, 55_820, 10_000],
      "64.03": [0, 0, 0, 5.78, null, null],
      "64.07": [1, 579.6 * M, 1_449, 9.56, 14_490, 40_000],
      "64.08": [2, 603.4 * M, 350, 8.81, 30_170, 20_000],
      "64.09": [0, 0, 0, 7.49, null, null],
      "64.11": [0, 0, 0, 10.75, 2_900, 0],
      "64.71": [1, 3_510 * M, 100, 2.81, 17_550, 200_000],
      "64.72": [4, 779 * M, 200, 4.72, 38_950, 20_000],
      "64.74": [0, 0, 0, 4.11, null, null],
    });
    const byCode = Object.fromEntries(view.areas.map((a) => [a.code, a]));
    expect(byCode["64.07"]?.beneficiariesPerPoorPerson).toBe(0.1);
    expect(byCode["64.72"]?.beneficiariesPerPoorPerson).toBeCloseTo(200 / 38_950, 12);
    // Kutai Timur: the 2024 rate beside the 2016 count, each labelled with its own year and source.
    expect(byCode["64.08"]?.povertyRate).toEqual({ value: 8.81, year: 2024, source: sourceOf("64.08", 2024) });
    expect(byCode["64.08"]?.poorPeople).toEqual({ value: 30_170, year: 2016, source: sourceOf("64.08", 2016) });
    // Bontang: 2023's rate, not 2016's.
    expect(byCode["64.74"]?.povertyRate?.year).toBe(2023);

    // Counts 0,1,0,1,2,0,0,1,4,0 -> median 0.5. Compared (a count, a known budget): Kukar, Kubar, Kutim,
    // Mahulu (no money), Balikpapan, Samarinda -> Rp 6,030.2 M for 159,880 poor people.
    const overall = (6_030.2 * M) / 159_880;
    expect(view.thresholds).toEqual({ blankSpotRate: { value: 5.78, basis: "focus" }, programsMedian: 0.5, rupiahPerPoorOverall: overall });
    expect(byCode["64.71"]?.servedRatio).toBeCloseTo(200_000 / overall, 12);
    expect(byCode["64.02"]?.servedRatio).toBeCloseTo(10_000 / overall, 12);
    expect(byCode["64.71"]?.shareOfRupiah).toBeCloseTo(3_510 / 6_030.2, 12);
    // Berau sits exactly at the province's rate; Mahakam Ulu's 2025 program and its draft do not reach it in 2026.
    expect(view.blankSpots).toEqual(["64.03", "64.09", "64.11"]);
    // Kutai Barat (9.56%) gets more than its share but is poorer than the province: not a pile-up.
    // Balikpapan (2.81%) gets 5.3 times its share; Samarinda (4.72%) has 4 programs.
    expect(view.pileUps).toEqual(["64.71", "64.72"]);
    expect(view.areas.filter((a) => a.pileUp.length).map((a) => [a.code, a.pileUp])).toEqual([
      ["64.71", ["rupiah"]],
      ["64.72", ["programs"]],
    ]);
    // Kukar (7.63%) has a program but 0.27 of its share of the rupiah.
    expect(view.underServed).toEqual(["64.02"]);
    // The figures come from 2016, 2023 and 2024: mixed years.
    expect(view.figureYears).toEqual([2016, 2023, 2024]);
    // The province-wide program is shown apart and reaches no regency.
    expect(view.wide).toEqual({
      key: "64",
      programs: 1,
      budgetIdr: 1_000 * M,
      plannedBeneficiaries: 500,
      withoutBudget: 0,
      withoutBeneficiaries: 0,
    });
  });

  it("uses the figures of the chosen year or before, and that year's programs", async () => {
    const reviewer = await as("reviewer");
    // 2020: no program runs; the province's 2016 rate is the threshold, and the 2024 figures do not exist yet.
    const v2020 = await reviewer.targeting.view({ year: 2020 });
    expect(v2020.focus.povertyRate).toEqual({ value: 6.11, year: 2016, source: sourceOf("64", 2016) });
    expect(v2020.areas.every((a) => a.programs === 0)).toBe(true);
    expect(Object.fromEntries(v2020.areas.map((a) => [a.code, a.povertyRate?.value ?? null]))).toEqual({
      "64.01": null,
      "64.02": 7.63,
      "64.03": null,
      "64.07": null,
      "64.08": 9.16,
      "64.09": 7.49,
      "64.11": null,
      "64.71": 2.81,
      "64.72": 4.72,
      "64.74": 6.5,
    });
    expect(v2020.blankSpots).toEqual(["64.02", "64.08", "64.09", "64.74"]);
    expect(v2020.pileUps).toEqual([]);
    expect(v2020.thresholds.rupiahPerPoorOverall).toBeNull();
    expect(v2020.figureYears).toEqual([2016]);

    // 2025: Mahakam Ulu's program runs, so it is no blank spot; the 2026 programs do not run yet,
    // which leaves Kukar, Kutai Barat and Kutai Timur unreached.
    const v2025 = await reviewer.targeting.view({ year: 2025 });
    expect(v2025.areas.filter((a) => a.programs > 0).map((a) => a.code)).toEqual(["64.11"]);
    expect(v2025.blankSpots).toEqual(["64.02", "64.03", "64.07", "64.08", "64.09"]);

    // 2027: the province's own 2027 rate (5.0%) becomes the threshold; Bontang (4.11) stays below it.
    const v2027 = await reviewer.targeting.view({ year: 2027 });
    expect(v2027.thresholds.blankSpotRate).toEqual({ value: 5.0, basis: "focus" });
  });

  it("without a year, like the dashboard: every year's programs and the latest figures there are", async () => {
    const all = await (await as("reviewer")).targeting.view({});
    expect(all.year).toBeNull();
    // The province's 2027 rate is the latest there is.
    expect(all.focus.povertyRate).toEqual({ value: 5.0, year: 2027, source: sourceOf("64", 2027) });
    const mahulu = all.areas.find((a) => a.code === "64.11");
    // Mahakam Ulu's 2025 program counts (the draft does not): no blank spot, and the poorest regency is never a pile-up.
    expect(mahulu?.programs).toBe(1);
    expect(mahulu?.pileUp).toEqual([]);
    expect(all.blankSpots).toEqual(["64.03", "64.09"]);
  });

  it("narrows to the dashboard's filters: sector and company", async () => {
    const reviewer = await as("reviewer");
    const education = await reviewer.targeting.view({ year: YEAR, sector: "education" });
    expect(education.areas.filter((a) => a.programs > 0).map((a) => [a.code, a.programs, a.budgetIdr])).toEqual([
      ["64.08", 1, 203.4 * M],
      ["64.72", 1, 200 * M],
    ]);
    // Kukar and Kutai Barat lose their health programs and become blank spots.
    expect(education.blankSpots).toEqual(["64.02", "64.03", "64.07", "64.09", "64.11"]);
    // Samarinda (4.72%) gets half the education rupiah for a quarter of the poor people: 2.04 times its share.
    // Kutai Timur gets 2.67 times its share but is poorer than the province: never a pile-up.
    expect(education.pileUps).toEqual(["64.72"]);
    expect(education.areas.find((a) => a.code === "64.08")?.servedRatio).toBeCloseTo((203.4 * M) / 30_170 / ((403.4 * M) / 159_880), 12);
    expect(education.wide.programs).toBe(0);

    const companyC = await reviewer.targeting.view({ year: YEAR, companyId: fx.companies.c });
    expect(companyC.areas.filter((a) => a.programs > 0).map((a) => [a.code, a.programs, a.budgetIdr])).toEqual([["64.08", 1, 400 * M]]);
    expect(companyC.areas.find((a) => a.code === "64.08")?.rupiahPerPoorPerson).toBeCloseTo((400 * M) / 30_170, 6);
    expect(companyC.blankSpots).toEqual(["64.02", "64.03", "64.07", "64.09", "64.11"]);
    expect(companyC.pileUps).toEqual([]);

    const approved = await reviewer.targeting.view({ year: YEAR, status: "approved" });
    expect(approved.areas.every((a) => a.programs === 0)).toBe(true);
  });

  it("opens a regency on its districts, with the regency's rate as the threshold", async () => {
    const view = await (await as("reviewer")).targeting.view({ year: YEAR, area: "64.08" });
    expect(view.focus).toMatchObject({ code: "64.08", name: "Kabupaten Kutai Timur", povertyRate: { value: 8.81, year: 2024 } });
    expect(view.areas).toHaveLength(18);
    expect(view.areas.every((a) => a.code.startsWith("64.08."))).toBe(true);
    const byCode = Object.fromEntries(view.areas.map((a) => [a.code, a]));
    expect(byCode["64.08.10"]).toMatchObject({ name: "Kaliorang", programs: 1, budgetIdr: 400 * M, rupiahPerPoorPerson: 200_000 });
    expect(byCode["64.08.04"]).toMatchObject({ name: "Sangatta Utara", programs: 1, povertyRate: null, rupiahPerPoorPerson: null });
    // Karangan (12%) is unreached; Muara Ancalong (8%) is below Kutai Timur's 8.81%; Kaliorang (15%) has a program.
    expect(view.blankSpots).toEqual(["64.08.16"]);
    expect(view.pileUps).toEqual([]);
    expect(view.thresholds).toEqual({
      blankSpotRate: { value: 8.81, basis: "focus" },
      programsMedian: 0,
      rupiahPerPoorOverall: (400 * M) / 4_100,
    });
    expect(view.wide.programs).toBe(1); // the province-wide program covers Kutai Timur as a whole
  });

  it("keeps a regency office and a regency forum to their own districts, whatever area they ask for", async () => {
    const viewerKutim = await callerFor(h.db, extra.viewerKutim);
    const reviewerKutim = await as("reviewerKutim");
    const fromProvince = await (await as("reviewer")).targeting.view({ year: YEAR, area: "64.08" });
    for (const caller of [reviewerKutim, viewerKutim]) {
      const own = await caller.targeting.view({ year: YEAR });
      expect(own.focus.code).toBe("64.08");
      expect(own.areas.map((a) => [a.code, a.programs, a.isBlankSpot])).toEqual(
        fromProvince.areas.map((a) => [a.code, a.programs, a.isBlankSpot]),
      );
      expect(own.blankSpots).toEqual(["64.08.16"]);
      // Asking for the province or for Samarinda shows Kutai Timur's districts, never regencies whose programs it cannot see.
      for (const area of ["64", "64.72"]) {
        const asked = await caller.targeting.view({ year: YEAR, area });
        expect(asked.focus.code).toBe("64.08");
        expect(asked.areas.every((a) => a.code.startsWith("64.08."))).toBe(true);
        expect(asked.blankSpots).toEqual(["64.08.16"]);
      }
    }
  });

  it("is for forum viewers and staff: officers and strangers are refused, and the year is checked", async () => {
    expect((await (await as("viewer")).targeting.view({ year: YEAR })).blankSpots).toEqual(["64.03", "64.09", "64.11"]);
    expect((await (await as("admin")).targeting.view({ year: YEAR })).pileUps).toEqual(["64.71", "64.72"]);
    await expectTrpcError((await as("officerA")).targeting.view({ year: YEAR }), "FORBIDDEN");
    await expectTrpcError((await as("officerC")).targeting.view({ year: YEAR }), "FORBIDDEN");
    await expectTrpcError((await callerFor(h.db, null)).targeting.view({ year: YEAR }), "UNAUTHORIZED");
    const bad = await expectTrpcError((await as("reviewer")).targeting.view({ year: 1999 }), "BAD_REQUEST");
    expect(bad).toEqual({ year: "errors.year" });
  });

  it("shows Kalimantan Utara's office nothing of Kaltim", async () => {
    const view = await (await as("reviewerKaltara")).targeting.view({ year: YEAR });
    expect(view.focus).toMatchObject({ code: "65", povertyRate: { value: 6.45, year: 2024 } });
    expect(view.areas.every((a) => a.code.startsWith("65.") && a.programs === 0)).toBe(true);
    expect(view.wide.programs).toBe(0);
  });
});
