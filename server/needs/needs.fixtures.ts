// Arrangements for the needs tests: a valid need form, and extra member companies with an officer.
import type { Database } from "@/db/client";
import { companies, forumMembers, users } from "@/db/schema";
import type { SessionClaims } from "@/server/auth/viewer";
import { AREAS } from "@/server/test/fixtures";

/** A valid need form: house repairs (RTLH) in Kaliorang, Kutai Timur, raised at a musrenbang. */
export function needInput(overrides: Record<string, unknown> = {}) {
  return {
    areaCode: AREAS.kutimVillage,
    sector: "infrastructure" as const,
    targetGroup: "poor_households" as const,
    title: "Rehabilitasi 20 rumah tidak layak huni di Desa Kaliorang",
    description: "Dua puluh rumah keluarga miskin berdinding papan lapuk dan beratap bocor, diusulkan Musrenbang Desa 2026.",
    estimatedBudgetIdr: 600_000_000,
    source: "musrenbang" as const,
    sourceNote: "Musrenbang Desa Kaliorang 2026",
    ...overrides,
  };
}

/**
 * Adds `count` companies in the provincial forum, each with one active officer, and returns the
 * officers' session claims (for the concurrency tests, which need many companies).
 */
export async function addCompaniesWithOfficers(db: Database, prefix: string, count: number, passwordHash = "x") {
  const out: { companyId: string; claims: SessionClaims }[] = [];
  for (let i = 1; i <= count; i++) {
    const [c] = await db
      .insert(companies)
      .values({ name: `${prefix} ${i}`, contactEmail: `csr${i}@${prefix.toLowerCase().replace(/\W+/g, "-")}.test` })
      .returning({ id: companies.id });
    if (!c) throw new Error("fixture company missing");
    await db.insert(forumMembers).values({ companyId: c.id, jurisdiction: "64" });
    const [u] = await db
      .insert(users)
      .values({
        email: `officer${i}@${prefix.toLowerCase().replace(/\W+/g, "-")}.test`,
        name: `${prefix} officer ${i}`,
        role: "officer",
        passwordHash,
        companyId: c.id,
      })
      .returning({ id: users.id, generation: users.sessionGeneration });
    if (!u) throw new Error("fixture officer missing");
    out.push({ companyId: c.id, claims: { userId: u.id, generation: u.generation } });
  }
  return out;
}
