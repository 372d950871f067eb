import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog, targetGroupTerms } from "@/db/schema";
import { inferTargetGroup } from "@/lib/target-groups/infer";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { expectTrpcError } from "@/server/test/expect";
import { loadTargetTerms } from "./target-groups.service";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
});
afterAll(() => h?.close());

describe(`target group terms (${process.env.TEST_DB_KIND})`, () => {
  it("lists the built-in terms to staff, and refuses everyone else", async () => {
    const list = await (await as("reviewer")).targetGroups.terms();
    expect(list.find((t) => t.term === "lansia")).toMatchObject({ category: "elderly", source: "default" });
    expect(list.every((t) => t.source === "default")).toBe(true);
    await expectTrpcError((await as("officerA")).targetGroups.terms(), "FORBIDDEN");
    await expectTrpcError((await as("viewer")).targetGroups.terms(), "FORBIDDEN");
    await expectTrpcError((await callerFor(h.db, null)).targetGroups.terms(), "UNAUTHORIZED");
  });

  it("gives every signed-in user the list the program form suggests from", async () => {
    const terms = await (await as("officerA")).targetGroups.suggestionTerms();
    expect(inferTargetGroup("Lansia Kel. Sempaja", terms)).toEqual({ category: "elderly", term: "lansia" });
    await expectTrpcError((await callerFor(h.db, null)).targetGroups.suggestionTerms(), "UNAUTHORIZED");
  });

  it("lets only admins add or remove terms", async () => {
    for (const key of ["reviewer", "officerA", "viewer"] as const) {
      const caller = await as(key);
      await expectTrpcError(caller.targetGroups.addTerm({ term: "nelayan tangkap", category: "farmers_fishers" }), "FORBIDDEN");
      await expectTrpcError(caller.targetGroups.removeTerm({ term: "lansia" }), "FORBIDDEN");
    }
    expect(await h.db.select().from(targetGroupTerms)).toEqual([]);
  });

  it("stores a term normalised, and the admin's category wins over the built-in one", async () => {
    const admin = await as("admin");
    expect(inferTargetGroup("guru honorer", await loadTargetTerms(h.db)).category).toBe("students");
    expect(await admin.targetGroups.addTerm({ term: "  Guru-Honorer ", category: "general_public" })).toEqual({
      term: "guru honorer",
      category: "general_public",
    });
    expect(await admin.targetGroups.addTerm({ term: "Sekolah", category: "children" })).toEqual({ term: "sekolah", category: "children" });
    const terms = await loadTargetTerms(h.db);
    expect(inferTargetGroup("para GURU honorer", terms)).toEqual({ category: "general_public", term: "guru honorer" });
    expect(inferTargetGroup("guru honorer SD", terms).category).toBe("students"); // the general public only decides alone
    expect(inferTargetGroup("sekolah", terms).category).toBe("children");
    expect(await loadTargetTerms(h.db)).toBe(terms); // unchanged rows: the same list, compiled once

    const list = await admin.targetGroups.terms();
    expect(list.filter((t) => t.term === "sekolah")).toEqual([
      expect.objectContaining({ source: "admin", category: "children", defaultCategory: "students" }),
    ]);
    expect(list.find((t) => t.term === "guru honorer")).toMatchObject({ source: "admin", defaultCategory: null });
  });

  it("answers a bad or repeated term with a field error, never a 500", async () => {
    const admin = await as("admin");
    for (const term of ["", " ", "x", "12345", "---", "a".repeat(81)]) {
      expect(await expectTrpcError(admin.targetGroups.addTerm({ term, category: "elderly" }), "BAD_REQUEST"), term).toEqual({
        term: "errors.targetTermInvalid",
      });
    }
    expect(await expectTrpcError(admin.targetGroups.addTerm({ term: "GURU honorer!", category: "students" }), "BAD_REQUEST")).toEqual({
      term: "errors.targetTermTaken",
    });
    expect(
      await expectTrpcError(admin.targetGroups.addTerm({ term: "petani kopi", category: "farmer" as never }), "BAD_REQUEST"),
    ).toEqual({ category: "errors.targetGroup" });
    await expectTrpcError(admin.targetGroups.removeTerm({ term: "lansia" }), "NOT_FOUND"); // built-in terms stay
  });

  it("removes an admin term, so the built-in one applies again, and audits both changes", async () => {
    const admin = await as("admin");
    expect(await admin.targetGroups.removeTerm({ term: "SEKOLAH" })).toEqual({ term: "sekolah", category: "children" });
    expect(inferTargetGroup("sekolah", await loadTargetTerms(h.db)).category).toBe("students");
    const rows = await h.db.select().from(auditLog).where(eq(auditLog.targetType, "target_group_term")).orderBy(auditLog.id);
    expect(rows.map((r) => [r.action, r.actorId, r.details])).toEqual([
      ["target_term.create", fx.users.admin.userId, { term: "guru honorer", category: "general_public" }],
      ["target_term.create", fx.users.admin.userId, { term: "sekolah", category: "children" }],
      ["target_term.remove", fx.users.admin.userId, { term: "sekolah", category: "children" }],
    ]);
  });
});
