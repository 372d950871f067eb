import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog, notifications, overlapFlags, programs } from "@/db/schema";
import { runOverlapsCommand } from "@/server/cli/overlaps.command";
import { callerFor, createTestDatabase, runJobsUntilIdle } from "@/server/test/harness";
import { AREAS, programInput, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { expectTrpcError } from "@/server/test/expect";
import { checkProgramsInBatches } from "./batch-check";
import { rescanAll } from "./overlaps.service";
import { findCandidateIds, findNearCandidateIds, findRepeatCandidateIds, loadMatchingPrograms, matchable } from "./overlaps.queries";
import { ensureDefaultThesaurus } from "./thesaurus.service";

/** The officer's answer to any matches shown at the submit step (the answer itself: reviews/acknowledgements.router.test.ts). */
const SEEN = { kind: "seen" as const, note: "" };

// Repeats: the same aid at the same place by another company in another year, at most N years
// (the repeat_years setting, 3 by default) between the end of the earlier and the start of the later.

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);

const MANGROVE = programInput({
  title: "Penanaman Mangrove Pesisir Kelurahan Rawa Makmur",
  description: "Penanaman 5.000 bibit mangrove bersama kelompok tani hutan untuk menahan abrasi di tepian sungai.",
  sector: "environment",
  targetGroup: "general_public",
  budgetIdr: 150_000_000,
  plannedBeneficiaries: 40,
});
const MANGROVE_AGAIN = programInput({
  title: "Rehabilitasi Mangrove Rawa Makmur",
  description: "Penanaman kembali bibit mangrove di tepian sungai yang terkena abrasi, bersama kelompok tani hutan setempat.",
  sector: "environment",
  targetGroup: "general_public",
  budgetIdr: 200_000_000,
  plannedBeneficiaries: 60,
});

type CreateInput = Parameters<Awaited<ReturnType<typeof as>>["programs"]["create"]>[0];

async function submitAs(key: "officerA" | "officerB", input: CreateInput) {
  const c = await as(key);
  const created = await c.programs.create(input);
  const submitted = await c.programs.submit({ id: created.id, version: created.version, acknowledgement: SEEN });
  await runJobsUntilIdle(h.db);
  return submitted;
}

async function flagBetween(x: string, y: string) {
  const [a, b] = x < y ? [x, y] : [y, x];
  const [f] = await h.db
    .select()
    .from(overlapFlags)
    .where(and(eq(overlapFlags.programAId, a), eq(overlapFlags.programBId, b)));
  return f;
}

/** The open flags as `kind a|b`, sorted: to compare what each path found. */
async function openFlags() {
  const rows = await h.db
    .select({ a: overlapFlags.programAId, b: overlapFlags.programBId, kind: overlapFlags.kind })
    .from(overlapFlags)
    .where(eq(overlapFlags.status, "open"));
  return rows.map((r) => `${r.kind} ${r.a}|${r.b}`).sort();
}

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  await ensureDefaultThesaurus(h.db);
});
afterAll(() => h?.close());

describe(`repeats across years (${process.env.TEST_DB_KIND})`, () => {
  let a2021: { id: string };
  let b2024: { id: string };
  let a2023: { id: string };
  let b2025: { id: string };
  let bOverlap: { id: string };

  it("flags the same aid at the same place by another company three years later as a repeat, without a message to reviewers", async () => {
    a2021 = await submitAs("officerA", { ...MANGROVE, ref: "A-MGR-21", startDate: "2021-03-01", endDate: "2021-11-30" });
    b2024 = await submitAs("officerB", { ...MANGROVE_AGAIN, ref: "B-MGR-24", startDate: "2024-02-01", endDate: "2024-12-31" });
    const flag = await flagBetween(a2021.id, b2024.id);
    expect(flag?.kind).toBe("repeat");
    expect(flag?.status).toBe("open");
    const reasons = flag?.reasons as { code: string; earlier?: unknown; later?: unknown }[];
    expect(reasons.map((r) => r.code)).toEqual(expect.arrayContaining(["same_area", "years_apart", "text_similar"]));
    expect(reasons.find((r) => r.code === "years_apart")).toMatchObject({
      earlier: { from: "2021-03-01", to: "2021-11-30" },
      later: { from: "2024-02-01", to: "2024-12-31" },
    });
    const told = await h.db.select().from(notifications).where(eq(notifications.kind, "program_flagged"));
    expect(told).toEqual([]);
  });

  it("does not flag a company renewing its own program for a new cohort", async () => {
    a2023 = await submitAs("officerA", {
      ...MANGROVE,
      ref: "A-MGR-23",
      title: "Penanaman Mangrove Pesisir Kelurahan Rawa Makmur Tahap II",
      startDate: "2023-01-15",
      endDate: "2023-10-31",
    });
    expect(await flagBetween(a2021.id, a2023.id)).toBeUndefined();
    // Another company's program after it still is a repeat.
    expect((await flagBetween(a2023.id, b2024.id))?.kind).toBe("repeat");
  });

  it("does not flag programs more than three years apart", async () => {
    b2025 = await submitAs("officerB", { ...MANGROVE_AGAIN, ref: "B-MGR-25", startDate: "2025-01-02", endDate: "2025-12-31" });
    // 2021-11-30 + 3 years = 2024-11-30, before 2025-01-02.
    expect(await flagBetween(a2021.id, b2025.id)).toBeUndefined();
    expect((await flagBetween(a2023.id, b2025.id))?.kind).toBe("repeat");
  });

  it("keeps programs with overlapping periods as overlap or duplicate", async () => {
    bOverlap = await submitAs("officerB", { ...MANGROVE_AGAIN, ref: "B-MGR-21", startDate: "2021-06-01", endDate: "2022-05-31" });
    expect(["overlap", "duplicate"]).toContain((await flagBetween(a2021.id, bOverlap.id))?.kind);
    // The same company's programs of other years are neither repeats nor overlaps.
    expect(await flagBetween(b2024.id, bOverlap.id)).toBeUndefined();
  });

  it("lets a provincial admin change the years, with clear refusals; the flags follow through the rescan", async () => {
    const admin = await as("admin");
    for (const years of [0, 11, 2.5, Number.NaN]) {
      expect(await expectTrpcError(admin.settings.setRepeatYears({ years }), "BAD_REQUEST")).toEqual({ years: "errors.repeatYears" });
    }
    await expectTrpcError((await as("reviewer")).settings.setRepeatYears({ years: 4 }), "FORBIDDEN");
    await expectTrpcError((await as("officerA")).settings.setRepeatYears({ years: 4 }), "FORBIDDEN");
    await expectTrpcError((await as("adminKutim")).settings.setRepeatYears({ years: 4 }), "FORBIDDEN");
    expect((await admin.settings.get()).repeatYears).toBe(3);

    expect(await admin.settings.setRepeatYears({ years: 4 })).toEqual({ repeatYears: 4 });
    expect((await (await as("officerB")).settings.get()).repeatYears).toBe(4);
    await runJobsUntilIdle(h.db);
    expect((await flagBetween(a2021.id, b2025.id))?.kind).toBe("repeat");

    await admin.settings.setRepeatYears({ years: 3 });
    await runJobsUntilIdle(h.db);
    expect((await flagBetween(a2021.id, b2025.id))?.status).toBe("obsolete");
    const audits = await h.db.select().from(auditLog).where(eq(auditLog.action, "settings.repeat_years")).orderBy(auditLog.id);
    expect(audits.map((r) => r.details)).toEqual([
      { years: 4, before: 3 },
      { years: 3, before: 4 },
    ]);
  });

  it("finds the same flags in the check after submit, the batch check and the full rescan", async () => {
    const before = await openFlags();
    // A 2021 with B 2024; A 2023 with B 2024, B 2025 and B's 2021–22 program.
    expect(before.filter((f) => f.startsWith("repeat "))).toHaveLength(4);
    await checkProgramsInBatches(h.db, [a2021.id, b2024.id, a2023.id, b2025.id, bOverlap.id], { batchSize: 2 });
    expect(await openFlags()).toEqual(before);
    const scan = await rescanAll(h.db);
    expect(scan.obsoleted).toBe(0);
    expect(scan.inserted).toBe(0);
    expect(await openFlags()).toEqual(before);
  });

  it("lists repeats in their own tab of the queue, and below the overlaps when all are shown", async () => {
    const reviewer = await as("reviewer");
    const repeats = await reviewer.overlaps.queue({ tab: "repeats" });
    expect(repeats.total).toBe(4);
    expect(repeats.items.every((f) => f.kind === "repeat")).toBe(true);
    const conflicts = await reviewer.overlaps.queue({ tab: "conflicts" });
    expect(conflicts.total).toBeGreaterThan(0);
    expect(conflicts.items.some((f) => f.kind === "repeat")).toBe(false);
    const all = await reviewer.overlaps.queue({});
    const kinds = all.items.map((f) => f.kind);
    expect(kinds.indexOf("repeat")).toBe(conflicts.total);
    expect(kinds.slice(conflicts.total).every((k) => k === "repeat")).toBe(true);
  });

  it("lets a reviewer mark a repeat as a continuation", async () => {
    const flag = await flagBetween(a2021.id, b2024.id);
    const reviewer = await as("reviewer");
    const done = await reviewer.overlaps.resolve({
      id: flag!.id,
      version: flag!.version,
      resolution: "continuation",
      note: "Lanjutan rehabilitasi",
    });
    expect(done.withdrawn).toBeNull();
    const after = await flagBetween(a2021.id, b2024.id);
    expect(after).toMatchObject({ status: "resolved", resolution: "continuation", resolutionNote: "Lanjutan rehabilitasi" });
    // A rescan keeps the decision.
    await rescanAll(h.db);
    expect((await flagBetween(a2021.id, b2024.id))?.resolution).toBe("continuation");
    const coordinate = await flagBetween(a2023.id, b2025.id);
    await reviewer.overlaps.resolve({ id: coordinate!.id, version: coordinate!.version, resolution: "coordinate" });
    expect((await flagBetween(a2023.id, b2025.id))?.resolution).toBe("coordinate");
  });

  it("refuses a decision that does not fit the kind, with a message that names the right ones", async () => {
    const reviewer = await as("reviewer");
    const repeat = await flagBetween(a2023.id, b2024.id);
    for (const resolution of ["distinct", "collaboration"] as const) {
      expect(
        await expectTrpcError(
          reviewer.overlaps.resolve({ id: repeat!.id, version: repeat!.version, resolution, note: "Sasaran berbeda" }),
          "BAD_REQUEST",
        ),
      ).toEqual({ resolution: "errors.repeatResolution" });
    }
    expect(
      await expectTrpcError(
        reviewer.overlaps.resolve({ id: repeat!.id, version: repeat!.version, resolution: "duplicate", withdrawProgramId: a2023.id }),
        "BAD_REQUEST",
      ),
    ).toEqual({ resolution: "errors.repeatResolution" });
    // Nothing was withdrawn or decided.
    expect((await flagBetween(a2023.id, b2024.id))?.status).toBe("open");
    expect((await (await as("officerA")).programs.byId({ id: a2023.id })).status).toBe("submitted");

    const overlap = await flagBetween(a2021.id, bOverlap.id);
    for (const resolution of ["continuation", "coordinate"] as const) {
      expect(
        await expectTrpcError(reviewer.overlaps.resolve({ id: overlap!.id, version: overlap!.version, resolution }), "BAD_REQUEST"),
      ).toEqual({ resolution: "errors.conflictResolution" });
    }
    expect((await flagBetween(a2021.id, bOverlap.id))?.status).toBe("open");
    // The database refuses the mismatch too.
    await expect(
      h.db.update(overlapFlags).set({ status: "resolved", resolution: "continuation" }).where(eq(overlapFlags.id, overlap!.id)),
    ).rejects.toThrow();
  });

  it("shows the officer another company's submitted program as history in the live check, never a draft nor their own", async () => {
    // A draft of company A in the same place and years: company B must not see it.
    await (await as("officerA")).programs.create({ ...MANGROVE, ref: "A-MGR-DRAFT", startDate: "2022-03-01", endDate: "2022-10-31" });
    const probe = {
      title: MANGROVE_AGAIN.title,
      description: MANGROVE_AGAIN.description,
      sector: "environment" as const,
      targetGroup: "general_public",
      areaCodes: [AREAS.samarindaWard],
      startDate: "2024-03-01",
      endDate: "2024-11-30",
    };
    const seenByB = await (await as("officerB")).overlaps.check(probe);
    const history = seenByB.filter((m) => m.kind === "repeat");
    expect(history.map((m) => m.programId).sort()).toEqual([a2021.id, a2023.id].sort());
    expect(history.every((m) => !m.isOwnCompany && m.companyName.length > 0)).toBe(true);
    expect(history.find((m) => m.programId === a2021.id)?.reasons.map((r) => r.code)).toContain("years_apart");
    // Officer A checking the same plan: their own programs of other years are renewals, not repeats; B's are.
    const seenByA = await (await as("officerA")).overlaps.check(probe);
    expect(seenByA.filter((m) => m.kind === "repeat").every((m) => !m.isOwnCompany)).toBe(true);
    expect(seenByA.filter((m) => m.kind === "repeat").map((m) => m.programId)).toEqual(expect.arrayContaining([bOverlap.id]));
  });

  it("shows the repeat as history on the company's own program page, without the other company's contact", async () => {
    const mine = await (await as("officerB")).overlaps.forProgram({ programId: b2024.id });
    const repeat = mine.find((f) => f.kind === "repeat" && f.other.id === a2021.id);
    expect(repeat).toMatchObject({ status: "resolved", resolution: "continuation", otherIsEarlier: true, resolutionNote: null });
    expect(repeat?.other.contact).toBeNull();
    const theirs = await (await as("officerA")).overlaps.forProgram({ programId: a2021.id });
    expect(theirs.find((f) => f.other.id === b2024.id)?.otherIsEarlier).toBe(false);
    // Not the open overlap: officers see those only once decided as a collaboration.
    expect(theirs.some((f) => f.kind !== "repeat")).toBe(false);
    // Another company's officer sees nothing of A's flags on A's page.
    expect(await (await as("officerB")).overlaps.forProgram({ programId: a2021.id })).toEqual([]);
  });

  it("writes kind repeat in `overlaps --json`, with the years as a reason", async () => {
    const out: string[] = [];
    const code = await runOverlapsCommand(
      { io: { out: (l) => out.push(l), err: () => {} }, lang: "en", open: async () => ({ db: h.db, close: async () => {} }) },
      true,
    );
    expect(code).toBe(0);
    const flags = JSON.parse(out.join("\n")) as { kind: string; reasons: string[]; a: { ref: string }; b: { ref: string } }[];
    const kinds = flags.map((f) => f.kind);
    expect(kinds).toContain("repeat");
    expect(kinds).toContain("overlap");
    // Duplicates and overlaps first, then repeats.
    expect(kinds.indexOf("repeat")).toBeGreaterThan(kinds.findLastIndex((k) => k !== "repeat"));
    const repeat = flags.find((f) => f.kind === "repeat");
    expect(repeat?.reasons.some((r) => /^Other years: \d{4} then \d{4}, /.test(r))).toBe(true);
  });
  it("drops the history when the other program goes back out of matching", async () => {
    // Company A withdraws its 2023 renewal: B's page no longer names it.
    const officerA = await as("officerA");
    const p = await officerA.programs.byId({ id: a2023.id });
    await officerA.reviews.transition({ id: a2023.id, version: p.version, action: "withdraw", note: "Dibatalkan perusahaan" });
    await runJobsUntilIdle(h.db);
    const seen = await (await as("officerB")).overlaps.forProgram({ programId: b2025.id });
    expect(seen.some((f) => f.other.id === a2023.id)).toBe(false);
    expect((await flagBetween(a2023.id, b2024.id))?.status).toBe("obsolete");
  });
  it("finds in one query exactly what the overlap and the repeat candidate queries find, for every program", async () => {
    const ids = (await h.db.select({ id: programs.id }).from(programs)).map((r) => r.id);
    const all = await loadMatchingPrograms(h.db, ids);
    expect(all.size).toBe(ids.length);
    let compared = 0;
    for (const p of all.values()) {
      const probe = {
        sector: p.sector,
        startDate: p.startDate,
        endDate: p.endDate,
        areaCodes: p.areas.map((a) => a.code),
        excludeId: p.id,
        companyId: p.companyId,
      };
      const both = new Set([
        ...(await findCandidateIds(h.db, probe, matchable())),
        ...(await findRepeatCandidateIds(h.db, probe, 3, matchable())),
      ]);
      const one = await findNearCandidateIds(h.db, probe, 3, matchable());
      expect(new Set(one)).toEqual(both);
      expect(one).toHaveLength(both.size);
      compared += both.size;
      // Loaded in one round trip: its own areas with names, and the names of the areas around them.
      expect(p.areas.length).toBeGreaterThan(0);
      expect(p.areas.every((a) => a.name.length > 0)).toBe(true);
      expect(p.placeNames.length).toBeGreaterThan(p.areas.length);
    }
    expect(compared).toBeGreaterThan(0);
  });
});
