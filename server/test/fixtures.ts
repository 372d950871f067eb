import { hash } from "@node-rs/argon2";
import type { Database } from "@/db/client";
import { companies, forumMembers, priorityPrograms, programAreas, programs, users, type Role } from "@/db/schema";
import type { SessionClaims } from "@/server/auth/viewer";

export const FIXTURE_PASSWORD = "correct horse battery";

// Real Kaltim areas: a Samarinda ward, a Kutai Timur village, a Kutai Kartanegara village.
export const AREAS = {
  samarindaWard: "64.72.01.1001", // Rawa Makmur, Palaran, Kota Samarinda
  kutimVillage: "64.08.10.2001", // Kaliorang, Kutai Timur
  kukarVillage: "64.02.16.2003", // Embalut, Tenggarong Seberang, Kutai Kartanegara
  kutim: "64.08",
  kaltim: "64",
} as const;

interface FixtureUser {
  email: string;
  role: Role;
  company?: "a" | "b" | "c";
  jurisdiction?: string;
  isActive?: boolean;
}

const USERS = {
  admin: { email: "admin@test.id", role: "admin", jurisdiction: "64" },
  adminKutim: { email: "admin.kutim@test.id", role: "admin", jurisdiction: "64.08" },
  adminNational: { email: "admin.nasional@test.id", role: "admin", jurisdiction: "ID" },
  reviewer: { email: "reviewer@test.id", role: "reviewer", jurisdiction: "64" },
  reviewerKutim: { email: "reviewer.kutim@test.id", role: "reviewer", jurisdiction: "64.08" },
  reviewerKaltara: { email: "reviewer.kaltara@test.id", role: "reviewer", jurisdiction: "65" },
  viewer: { email: "viewer@test.id", role: "viewer", jurisdiction: "64" },
  officerA: { email: "officer.a@test.id", role: "officer", company: "a" },
  officerA2: { email: "officer.a2@test.id", role: "officer", company: "a" },
  officerB: { email: "officer.b@test.id", role: "officer", company: "b" },
  officerC: { email: "officer.c@test.id", role: "officer", company: "c" },
  inactiveOfficer: { email: "inactive@test.id", role: "officer", company: "a", isActive: false },
} satisfies Record<string, FixtureUser>;

export type FixtureUserKey = keyof typeof USERS;

let cachedHash: Promise<string> | null = null;

/**
 * Three companies (A and B in the provincial forum, C only in Kutai Timur's), one user of each
 * role at province and regency level, an inactive officer, and one active priority program.
 */
export async function seedFixtures(db: Database) {
  cachedHash ??= hash(FIXTURE_PASSWORD);
  const passwordHash = await cachedHash;
  const [a, b, c] = await db
    .insert(companies)
    .values([
      { name: "PT Alfa Tambang", contactEmail: "csr@alfa.test", contactName: "Ani" },
      { name: "PT Beta Sawit", contactEmail: "csr@beta.test", contactName: "Budi" },
      { name: "PT Gamma Kutim", contactEmail: "csr@gamma.test", contactName: "Cici" },
    ])
    .returning({ id: companies.id });
  if (!a || !b || !c) throw new Error("fixture companies missing");
  const companyIds = { a: a.id, b: b.id, c: c.id };
  await db.insert(forumMembers).values([
    { companyId: a.id, jurisdiction: "64" },
    { companyId: b.id, jurisdiction: "64" },
    { companyId: c.id, jurisdiction: "64.08" },
  ]);
  const claims = {} as Record<FixtureUserKey, SessionClaims>;
  for (const [key, u] of Object.entries(USERS) as [FixtureUserKey, FixtureUser][]) {
    const [row] = await db
      .insert(users)
      .values({
        email: u.email,
        name: key,
        role: u.role,
        passwordHash,
        companyId: u.company ? companyIds[u.company] : null,
        jurisdiction: u.jurisdiction ?? null,
        isActive: u.isActive ?? true,
      })
      .returning({ id: users.id, generation: users.sessionGeneration });
    if (!row) throw new Error("fixture user missing");
    claims[key] = { userId: row.id, generation: row.generation };
  }
  const [pp] = await db
    .insert(priorityPrograms)
    .values({ jurisdiction: "64", name: "Percepatan Penurunan Stunting" })
    .returning({ id: priorityPrograms.id });
  return { companies: companyIds, users: claims, priorityProgramId: pp?.id ?? "" };
}

export type Fixtures = Awaited<ReturnType<typeof seedFixtures>>;

/** Inserts a program directly (bypassing the service), for arranging list and visibility cases. */
export async function insertProgram(
  db: Database,
  values: {
    companyId: string;
    ref: string;
    title?: string;
    status?: (typeof programs.$inferInsert)["status"];
    sector?: (typeof programs.$inferInsert)["sector"];
    targetGroup?: (typeof programs.$inferInsert)["targetGroup"];
    targetGroupText?: string | null;
    areas: string[];
    startDate?: string;
    endDate?: string;
    budgetIdr?: number;
    plannedBeneficiaries?: number;
    reachedBeneficiaries?: number;
  },
) {
  const [row] = await db
    .insert(programs)
    .values({
      companyId: values.companyId,
      ref: values.ref,
      title: values.title ?? `Program ${values.ref}`,
      description: "Deskripsi program untuk pengujian yang cukup panjang.",
      sector: values.sector ?? "health",
      targetGroup: values.targetGroup === undefined ? "children" : values.targetGroup,
      targetGroupText: values.targetGroupText ?? null,
      startDate: values.startDate ?? "2026-01-01",
      endDate: values.endDate ?? "2026-12-31",
      budgetIdr: values.budgetIdr ?? 100_000_000,
      plannedBeneficiaries: values.plannedBeneficiaries ?? 100,
      reachedBeneficiaries: values.reachedBeneficiaries ?? null,
      status: values.status ?? "submitted",
    })
    .returning({ id: programs.id });
  if (!row) throw new Error("fixture program missing");
  await db.insert(programAreas).values(values.areas.map((areaCode) => ({ programId: row.id, areaCode })));
  return row.id;
}

/** A valid program form, for the create/update procedures. */
export function programInput(overrides: Record<string, unknown> = {}) {
  return {
    title: "Pemberian Makanan Tambahan untuk Balita",
    description: "PMT lokal bagi balita gizi kurang di posyandu desa selama enam bulan.",
    sector: "health" as const,
    targetGroup: "children" as const,
    targetGroupText: null as string | null,
    areaCodes: [AREAS.samarindaWard],
    startDate: "2026-02-01",
    endDate: "2026-11-30",
    budgetIdr: 250_000_000,
    plannedBeneficiaries: 120,
    ...overrides,
  };
}
