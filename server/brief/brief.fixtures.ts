// A March 2026 forum month, arranged by hand for the brief's tests. Times are written in WITA
// (+08:00) so the edges of the range are visible: 1 March 07:00 WITA is still 28 February in UTC.
import type { Database } from "@/db/client";
import { indicators, needAdoptions, needs, overlapFlags, programEvents } from "@/db/schema";
import { AREAS, insertProgram, type Fixtures } from "@/server/test/fixtures";

export const MARCH = { from: "2026-03-01", to: "2026-03-31" } as const;

const at = (local: string) => new Date(`${local}+08:00`);

export async function arrangeMarch(db: Database, fx: Fixtures) {
  const { a, b, c } = fx.companies;
  const reviewer = fx.users.reviewer.userId;
  const kutim = fx.users.reviewerKutim.userId;
  const officerA = fx.users.officerA.userId;
  const p = async (ref: string, companyId: string, area: string, sector: "health" | "economy" = "health", status = "submitted" as const) =>
    insertProgram(db, { companyId, ref, title: `Program ${ref}`, sector, status, areas: [area] });
  const ids = {
    s1: await p("S1", a, AREAS.samarindaWard),
    s2: await p("S2", b, AREAS.samarindaWard),
    s3: await p("S3", a, AREAS.samarindaWard),
    s4: await p("S4", b, AREAS.samarindaWard, "economy"),
    k1: await p("K1", c, AREAS.kutimVillage),
    k2: await p("K2", c, AREAS.kutimVillage),
  };
  const ev = (programId: string, action: "submit" | "approve" | "request_revision" | "reject", when: string, actorId: string, note?: string) => ({
    programId,
    action,
    toStatus: action === "submit" ? ("submitted" as const) : action === "approve" ? ("approved" as const) : action === "reject" ? ("rejected" as const) : ("revision_requested" as const),
    actorId,
    note: note ?? null,
    at: at(when),
  });
  await db.insert(programEvents).values([
    ev(ids.s1, "submit", "2026-03-01T07:00:00", officerA), // 28 Feb 23:00 UTC: inside the WITA range
    ev(ids.s1, "approve", "2026-03-10T09:00:00", reviewer, "Sesuai prioritas penurunan stunting"),
    ev(ids.s2, "submit", "2026-02-20T10:00:00", officerA), // first submitted before the range
    ev(ids.s2, "request_revision", "2026-03-02T10:00:00", reviewer, "Lengkapi data sasaran per desa"),
    ev(ids.s2, "submit", "2026-03-12T10:00:00", officerA), // a resubmission: not new
    ev(ids.k1, "submit", "2026-03-15T10:00:00", officerA),
    ev(ids.k1, "reject", "2026-03-31T23:30:00", kutim, "Sama dengan program desa yang sudah berjalan"),
    ev(ids.s3, "submit", "2026-02-28T23:30:00", officerA), // just before the range
    ev(ids.s3, "approve", "2026-04-01T00:30:00", reviewer, "Di luar rentang"), // just after it
    ev(ids.s4, "submit", "2026-03-20T10:00:00", officerA),
  ]);
  const flag = (x: string, y: string, score: number, detected: string, status: "open" | "resolved" = "open") => ({
    ...(x < y ? { programAId: x, programBId: y } : { programAId: y, programBId: x }),
    kind: "overlap" as const,
    score,
    status,
    reasons: [{ code: "same_area", area: { code: AREAS.samarindaWard, name: "Rawa Makmur" } }, { code: "text_similar", percent: 81 }],
    fingerprintA: "a",
    fingerprintB: "b",
    detectedAt: at(detected),
  });
  await db.insert(overlapFlags).values([
    flag(ids.s1, ids.s3, 0.9, "2026-03-05T10:00:00"),
    flag(ids.k1, ids.k2, 0.6, "2026-03-16T10:00:00"),
    flag(ids.s2, ids.s4, 0.8, "2026-02-10T10:00:00"), // open, but raised before the range
    flag(ids.s1, ids.s4, 0.7, "2026-03-06T10:00:00", "resolved"),
  ]);
  const need = (title: string, areaCode: string, sector: "health" | "education", status: "open" | "closed" = "open") => ({
    jurisdiction: "64",
    areaCode,
    sector,
    targetGroup: "children" as const,
    title,
    description: "Kebutuhan prioritas untuk pengujian ringkasan rapat.",
    estimatedBudgetIdr: 250_000_000,
    source: "musrenbang" as const,
    status,
  });
  const [, , , adopted] = await db
    .insert(needs)
    .values([
      need("Posyandu Rawa Makmur", AREAS.samarindaWard, "health"),
      need("Beasiswa Kaliorang", AREAS.kutimVillage, "education"),
      need("Kebutuhan ditutup", AREAS.samarindaWard, "health", "closed"),
      need("Kebutuhan diadopsi", AREAS.samarindaWard, "health"),
    ])
    .returning({ id: needs.id });
  if (!adopted) throw new Error("fixture need missing");
  await db.insert(needAdoptions).values({ needId: adopted.id, companyId: a });
  // Poverty: the province at 5.2%, Mahakam Ulu (no program) at 10.75%: a blank spot.
  await db.insert(indicators).values([
    { areaCode: "64", year: 2025, measure: "poverty_rate", value: 5.2, source: "BPS" },
    { areaCode: "64.11", year: 2025, measure: "poverty_rate", value: 10.75, source: "BPS" },
    { areaCode: "64.72", year: 2025, measure: "poverty_rate", value: 4.1, source: "BPS" },
  ]);
  return ids;
}
