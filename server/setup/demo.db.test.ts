import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { DEMO_GOVERNMENT_ACTIVITIES } from "@/db/seed/demo-government";
import { DEMO_PROGRAMS } from "@/db/seed/demo-programs";
import { seedDemo } from "@/db/seed/demo";
import { execute } from "@/db/client";
import { programEvents, programs, programVersions } from "@/db/schema";
import { rescanAll } from "@/server/overlaps/overlaps.service";
import { ensureDefaultThesaurus } from "@/server/overlaps/thesaurus.service";
import { createTestDatabase } from "@/server/test/harness";

let h: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  h = await createTestDatabase();
  await ensureDefaultThesaurus(h.db);
  await seedDemo(h.db, async (p) => `plain:${p}`);
});
afterAll(() => h?.close());

describe(`the demo forum (${process.env.TEST_DB_KIND})`, () => {
  it("is seeded once, with a history that matches each program's status", async () => {
    expect(await seedDemo(h.db, async (p) => p)).toEqual({ seeded: false, programs: 0 });
    const [count] = await h.db.select({ n: sql<number>`count(*)::int` }).from(programs).where(eq(programs.source, "csr"));
    expect(count?.n).toBe(DEMO_PROGRAMS.length);
    const revised = await h.db.select({ id: programs.id }).from(programs).where(eq(programs.status, "revision_requested"));
    expect(revised).toHaveLength(1);
    const events = await h.db
      .select()
      .from(programEvents)
      .where(eq(programEvents.programId, revised[0]?.id ?? ""));
    expect(events.map((e) => e.action)).toEqual(["create", "submit", "request_revision"]);
    expect(events[2]?.note).toMatch(/BLK Balikpapan/);
    const drafts = DEMO_PROGRAMS.filter((p) => p.status === "draft").length;
    const [versions] = await h.db.select({ n: sql<number>`count(*)::int` }).from(programVersions);
    expect(versions?.n).toBe(DEMO_PROGRAMS.length - drafts);
  });

  it("shows programs whose budget or beneficiaries are not stated yet, stored as NULL (never 0)", async () => {
    const { rows } = await execute<{ ref: string; budget: number | null; planned: number | null }>(
      h.db,
      sql`SELECT ref, budget_idr AS budget, planned_beneficiaries AS planned FROM programs
          WHERE source = 'csr' AND (budget_idr IS NULL OR planned_beneficiaries IS NULL) ORDER BY ref`,
    );
    expect(rows.map((r) => [r.ref, r.budget === null ? null : Number(r.budget), r.planned === null ? null : Number(r.planned)])).toEqual([
      ["KBP-2025-030", null, 120],
      ["SBM-2025-009", null, 100],
      ["SBM-2025-020", 340_000_000, null],
    ]);
    const [zero] = (await execute<{ n: number }>(h.db, sql`SELECT count(*)::int AS n FROM programs WHERE budget_idr = 0 OR planned_beneficiaries = 0`)).rows;
    expect(zero?.n).toBe(0);
  });

  it("holds the overlaps the forum worries about, and flags none of the planted negatives", async () => {
    await rescanAll(h.db);
    const { rows } = await execute<{ a: string; b: string; kind: string }>(
      h.db,
      sql`SELECT pa.ref AS a, pb.ref AS b, f.kind FROM overlap_flags f
          JOIN programs pa ON pa.id = f.program_a_id JOIN programs pb ON pb.id = f.program_b_id`,
    );
    const pairs = rows.map((r) => [r.a, r.b].sort().join("+") + ":" + r.kind);
    expect(pairs).toEqual(
      expect.arrayContaining([
        "MEL-2025-011+MEL-2025-019:duplicate",
        "KBP-2025-008+SBM-2025-005:overlap",
        "BDE-2025-006+STG-2025-007:overlap",
        "BDE-2025-010+PBS-2025-004:overlap",
      ]),
    );
    const joined = pairs.join(" ");
    for (const negative of ["PBS-2025-006+BDE-2025-024", "BDE-2025-018+PTB-2025-006", "PBS-2025-004+PBS-2026-009"]) {
      expect(joined).not.toContain(negative.split("+").sort().join("+"));
    }
  });

  it("holds government activities in the demo's villages as demo reference data, with a CSR program that supports one", async () => {
    const { rows } = await execute<{ ref: string; agency: string; funding: string; status: string; company_id: string | null; is_demo: boolean; areas: string[] }>(
      h.db,
      sql`SELECT p.ref, g.agency, g.funding::text AS funding, p.status::text AS status, p.company_id, g.is_demo,
                 (SELECT array_agg(pa.area_code ORDER BY pa.area_code) FROM program_areas pa WHERE pa.program_id = p.id) AS areas
          FROM programs p JOIN government_activities g ON g.program_id = p.id ORDER BY p.ref`,
    );
    expect(rows).toHaveLength(DEMO_GOVERNMENT_ACTIVITIES.length);
    expect(rows.every((r) => r.status === "reference" && r.company_id === null && r.is_demo)).toBe(true);
    const byRef = new Map(rows.map((r) => [r.ref, r]));
    // RTLH by the regency in villages where demo CSR programs repair houses (double funding).
    expect(byRef.get("PERKIM-PSR-RTLH-2025-01")).toMatchObject({ funding: "apbd_regency", areas: ["64.01.04.2002", "64.01.04.2005"] });
    expect(byRef.get("PUPR-KKR-SPAM-2026-03")?.funding).toBe("apbd_regency");
    expect(byRef.get("APBDES-KRH-2025-STUNTING")?.funding).toBe("apbdes");
    expect(rows.filter((r) => r.funding === "apbn").map((r) => r.ref)).toEqual(expect.arrayContaining(["PKH-2025-KRD", "SEMBAKO-2025-KRD"]));
    const [support] = (
      await execute<{ csr: string; gov: string }>(
        h.db,
        sql`SELECT c.ref AS csr, g.ref AS gov FROM programs c JOIN programs g ON g.id = c.supports_activity_id WHERE c.source = 'csr'`,
      )
    ).rows;
    expect(support).toEqual({ csr: "KBP-2025-030", gov: "DINSOS-KTM-REHSOS-2025-02" });
    // Every demo area code exists.
    const codes = [...new Set(DEMO_GOVERNMENT_ACTIVITIES.flatMap((a) => a.areas))];
    const [known] = (await execute<{ n: number }>(h.db, sql`SELECT count(*)::int AS n FROM areas WHERE code IN (${sql.join(codes.map((c) => sql`${c}`), sql`, `)})`)).rows;
    expect(known?.n).toBe(codes.length);
  });
});
