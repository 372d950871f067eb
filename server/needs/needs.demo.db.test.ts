import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { DEMO_NEEDS } from "@/db/seed/demo-needs";
import { seedDemo } from "@/db/seed/demo";
import { companies, needAdoptions, needs, programs, users } from "@/db/schema";
import { resolveViewer } from "@/server/auth/viewer";
import { createTestDatabase } from "@/server/test/harness";
import { listNeedGaps } from "./gaps.queries";

let h: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  h = await createTestDatabase();
  // A cheap stand-in hash: these tests never sign in.
  await seedDemo(h.db, async (p) => `plain:${p}`);
});
afterAll(() => h?.close());

describe(`demo needs (${process.env.TEST_DB_KIND})`, () => {
  it("seeds every demo need in its publisher's jurisdiction, one adopted with its program and one open to co-funding", async () => {
    const rows = await h.db.select().from(needs);
    expect(rows).toHaveLength(DEMO_NEEDS.length);
    for (const n of rows) expect(n.areaCode === n.jurisdiction || n.areaCode.startsWith(n.jurisdiction + ".")).toBe(true);
    expect(rows.some((n) => n.allowCofunding)).toBe(true);
    const linked = await h.db
      .select({ company: companies.name, ref: programs.ref })
      .from(needAdoptions)
      .innerJoin(companies, eq(companies.id, needAdoptions.companyId))
      .innerJoin(programs, eq(programs.id, needAdoptions.programId));
    expect(linked).toEqual([{ company: "PT Sawit Berau Makmur", ref: "SBM-2025-016" }]);
  });

  it("leaves gaps for the provincial reviewer to see, oldest first", async () => {
    const [u] = await h.db.select().from(users).where(eq(users.email, "reviewer@dinsos.demo"));
    const viewer = await resolveViewer(h.db, u ? { userId: u.id, generation: u.sessionGeneration } : null);
    if (!viewer || viewer.role === "officer") throw new Error("demo reviewer missing");
    const gaps = await listNeedGaps(h.db, viewer, 50);
    expect(gaps.total).toBe(DEMO_NEEDS.filter((n) => !n.adoptedBy).length);
    expect(gaps.items.map((g) => g.ageDays)).toEqual([48, 21, 9]);
  });
});
