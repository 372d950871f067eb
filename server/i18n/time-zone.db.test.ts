import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { companies, forumMembers } from "@/db/schema";
import type { OfficerViewer, StaffViewer } from "@/server/auth/viewer";
import { setHomeProvince } from "@/server/settings/settings.queries";
import { createTestDatabase } from "@/server/test/harness";
import { seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { timeZoneOfViewer } from "./time-zone";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;

const staff = (jurisdiction: string): StaffViewer => ({
  userId: "00000000-0000-4000-8000-000000000001",
  email: "staf@dinsos.test",
  name: "Staf",
  role: "reviewer",
  companyId: null,
  jurisdiction,
});
const officer = (companyId: string): OfficerViewer => ({
  userId: "00000000-0000-4000-8000-000000000002",
  email: "csr@perusahaan.test",
  name: "Petugas CSR",
  role: "officer",
  companyId,
  jurisdiction: null,
});

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
});
afterAll(() => h?.close());

describe(`the viewer's time zone (${process.env.TEST_DB_KIND})`, () => {
  it("takes a staff member's jurisdiction", async () => {
    expect(await timeZoneOfViewer(h.db, staff("64.08"))).toBe("Asia/Makassar"); // Kutai Timur
    expect(await timeZoneOfViewer(h.db, staff("61.71"))).toBe("Asia/Jakarta"); // Kota Pontianak
    expect(await timeZoneOfViewer(h.db, staff("94"))).toBe("Asia/Jayapura"); // Papua Tengah
  });

  it("takes an officer's company's forum area, the first it joined", async () => {
    expect(await timeZoneOfViewer(h.db, officer(fx.companies.c))).toBe("Asia/Makassar");
    const [pt] = await h.db
      .insert(companies)
      .values({ name: "PT Sinar Khatulistiwa (Pontianak)", contactEmail: "csr@sinar-k.test" })
      .returning({ id: companies.id });
    if (!pt) throw new Error("company not inserted");
    await h.db.insert(forumMembers).values([
      { companyId: pt.id, jurisdiction: "61.71", joinedAt: new Date("2025-03-01T00:00:00Z") },
      { companyId: pt.id, jurisdiction: "91", joinedAt: new Date("2026-01-10T00:00:00Z") },
    ]);
    expect(await timeZoneOfViewer(h.db, officer(pt.id))).toBe("Asia/Jakarta");
  });

  it("falls back to the installation's home province for national staff, a company in no forum, and visitors", async () => {
    const [loose] = await h.db
      .insert(companies)
      .values({ name: "cv. maju jaya  ", contactEmail: null })
      .returning({ id: companies.id });
    if (!loose) throw new Error("company not inserted");
    expect(await timeZoneOfViewer(h.db, staff("ID"))).toBe("Asia/Makassar"); // home province 64 by default
    expect(await timeZoneOfViewer(h.db, null)).toBe("Asia/Makassar");
    await setHomeProvince(h.db, "33"); // Jawa Tengah
    expect(await timeZoneOfViewer(h.db, staff("ID"))).toBe("Asia/Jakarta");
    expect(await timeZoneOfViewer(h.db, officer(loose.id))).toBe("Asia/Jakarta");
    expect(await timeZoneOfViewer(h.db, null)).toBe("Asia/Jakarta");
    // A jurisdiction that names a province still wins over the home province.
    expect(await timeZoneOfViewer(h.db, staff("81.01"))).toBe("Asia/Jayapura");
  });
});
