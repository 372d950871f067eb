// A Kalimantan Timur year arranged by hand for the targeting tests: poverty figures for most
// regencies (some older, one newer than the year viewed), and 2026 programs whose budgets make the
// rupiah per poor person round numbers. The expected figures are written out in the tests.
import type { Database } from "@/db/client";
import { indicators, users } from "@/db/schema";
import { AREAS, insertProgram, type Fixtures } from "@/server/test/fixtures";

export const YEAR = 2026;
const M = 1_000_000;

/** Villages in regencies the shared fixtures do not name. */
export const VILLAGES = {
  sangattaUtara: "64.08.04.2001", // Kutai Timur, district Sangatta Utara
  kubar: "64.07.05.2008", // Linggang Muara Leban, Kutai Barat
  balikpapan: "64.71.01.1001", // Manggar, Balikpapan Timur
  mahulu: "64.11.01.2001", // Long Hurai, Mahakam Ulu
} as const;

type Figure = [area: string, year: number, rate: number | null, poor: number | null];

// Kutai Timur's 2016 count stays the latest count in 2026, beside its 2024 rate; Bontang's 2023
// rate replaces its 2016 one; the province's 2027 rate is after the year viewed and never used.
const FIGURES: Figure[] = [
  ["64", 2016, 6.11, 212_920],
  ["64", 2024, 5.78, 220_000],
  ["64", 2027, 5.0, null],
  ["64.02", 2016, 7.63, 55_820],
  ["64.03", 2024, 5.78, null],
  ["64.07", 2024, 9.56, 14_490],
  ["64.08", 2016, 9.16, 30_170],
  ["64.08", 2024, 8.81, null],
  ["64.09", 2016, 7.49, null],
  ["64.11", 2024, 10.75, 2_900],
  ["64.71", 2016, 2.81, 17_550],
  ["64.72", 2016, 4.72, 38_950],
  ["64.74", 2016, 6.5, null],
  ["64.74", 2023, 4.11, null],
  // Kutai Timur's districts
  ["64.08.01", 2024, 8.0, 900],
  ["64.08.10", 2024, 15.0, 2_000],
  ["64.08.16", 2024, 12.0, 1_200],
  // Kalimantan Utara, outside every Kaltim jurisdiction
  ["65", 2024, 6.45, 49_000],
];

/** The source written for a figure, so a test can see which year's figure was picked. */
export const sourceOf = (area: string, year: number) => `BPS ${area} ${year}`;

export async function arrangeTargeting(db: Database, fx: Fixtures) {
  await db.insert(indicators).values(
    FIGURES.flatMap(([areaCode, year, rate, poor]) => [
      ...(rate === null ? [] : [{ areaCode, year, measure: "poverty_rate" as const, value: rate, source: sourceOf(areaCode, year) }]),
      ...(poor === null ? [] : [{ areaCode, year, measure: "poor_people" as const, value: poor, source: sourceOf(areaCode, year) }]),
    ]),
  );
  const { a, b, c } = fx.companies;
  type Sector = "health" | "education";
  const p = (ref: string, companyId: string, area: string, budgetMillions: number, planned: number, sector: Sector = "health") =>
    insertProgram(db, { companyId, ref, sector, areas: [area], budgetIdr: Math.round(budgetMillions * M), plannedBeneficiaries: planned });
  // Samarinda: 4 programs, Rp 779 M, 200 beneficiaries (Rp 20,000 per poor person).
  await p("S1", a, AREAS.samarindaWard, 100, 100);
  await p("S2", b, AREAS.samarindaWard, 200, 50, "education");
  await p("S3", a, AREAS.samarindaWard, 179, 20);
  await p("S4", b, AREAS.samarindaWard, 300, 30);
  // Kutai Timur: 2 programs, Rp 603.4 M, 350 beneficiaries (Rp 20,000 per poor person).
  await p("KT1", c, AREAS.kutimVillage, 400, 300);
  await p("KT2", a, VILLAGES.sangattaUtara, 203.4, 50, "education");
  // Kutai Barat: Rp 579.6 M for 14,490 poor people (Rp 40,000, exactly twice the median).
  await p("KB1", b, VILLAGES.kubar, 579.6, 1_449);
  // Balikpapan: Rp 3,510 M for 17,550 poor people (Rp 200,000).
  await p("BP1", a, VILLAGES.balikpapan, 3_510, 100);
  // Kutai Kartanegara: Rp 558.2 M for 55,820 poor people (Rp 10,000).
  await p("KK1", a, AREAS.kukarVillage, 558.2, 200);
  // Province-wide: shown apart, reaches no regency in particular.
  await p("W1", a, AREAS.kaltim, 1_000, 500);
  // Mahakam Ulu: a 2025 program and a draft; in 2026 nothing reaches it.
  await insertProgram(db, { companyId: b, ref: "M2025", areas: [VILLAGES.mahulu], startDate: "2025-01-01", endDate: "2025-12-31" });
  await insertProgram(db, { companyId: a, ref: "MDRAFT", status: "draft", areas: [VILLAGES.mahulu] });

  // A forum member of Kutai Timur's own forum.
  const [viewerKutim] = await db
    .insert(users)
    .values({ email: "viewer.kutim@test.id", name: "viewerKutim", role: "viewer", jurisdiction: "64.08", passwordHash: "not used" })
    .returning({ userId: users.id, generation: users.sessionGeneration });
  if (!viewerKutim) throw new Error("fixture viewer missing");
  return { viewerKutim };
}
