import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { programs } from "@/db/schema";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { programInput, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { expectTrpcError } from "@/server/test/expect";

// Who a program is for, in words: the server reads a category from them when none is chosen,
// so the form, an API caller and an import get the same answer.

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
let n = 0;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);
const saved = async (id: string) => {
  const [row] = await h.db
    .select({ targetGroup: programs.targetGroup, targetGroupText: programs.targetGroupText, version: programs.version })
    .from(programs)
    .where(eq(programs.id, id));
  return row;
};
const create = async (overrides: Record<string, unknown>) =>
  (await as("officerA")).programs.create(programInput({ ref: `SASARAN-${++n}`, ...overrides }));

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
});
afterAll(() => h?.close());

describe(`programs: target group in words (${process.env.TEST_DB_KIND})`, () => {
  it("infers the category from the words alone", async () => {
    const cases: [string, string][] = [
      ["  Lansia   di Kel. Sempaja ", "elderly"],
      ["KPM PKH", "poor_households"],
      ["nelayan miskin Muara Badak", "farmers_fishers"],
      ["ibu hamil dan balita", "children"],
    ];
    for (const [words, category] of cases) {
      const { id } = await create({ targetGroup: null, targetGroupText: words });
      expect(await saved(id), words).toMatchObject({ targetGroup: category, targetGroupText: words.trim().replace(/\s+/g, " ") });
    }
  });

  it("keeps unknown words without a category, never an error", async () => {
    const { id } = await create({ targetGroup: null, targetGroupText: "Desa Sumber Rejeki" });
    expect(await saved(id)).toMatchObject({ targetGroup: null, targetGroupText: "Desa Sumber Rejeki" });
  });

  it("keeps a chosen category over the words, and no category when the person cleared it", async () => {
    const chosen = await create({ targetGroup: "women", targetGroupText: "nelayan" });
    expect(await saved(chosen.id)).toMatchObject({ targetGroup: "women" });
    const cleared = await create({ targetGroup: null, targetGroupText: "guru honorer", targetGroupCleared: true });
    expect(await saved(cleared.id)).toMatchObject({ targetGroup: null, targetGroupText: "guru honorer" });
  });

  it("infers again on update, with the admin's terms", async () => {
    const { id } = await create({ targetGroup: "children", targetGroupText: "balita" });
    await (await as("admin")).targetGroups.addTerm({ term: "Sumber Rejeki", category: "farmers_fishers" });
    const officer = await as("officerA");
    const before = await saved(id);
    await officer.programs.update({ ...programInput(), id, version: before?.version ?? 1, targetGroup: null, targetGroupText: "Poktan sumber-rejeki" });
    expect(await saved(id)).toMatchObject({ targetGroup: "farmers_fishers", targetGroupText: "Poktan sumber-rejeki" });
  });

  it("asks for words or a category when both are missing", async () => {
    for (const targetGroupText of [null, "", "   "]) {
      expect(await expectTrpcError(create({ targetGroup: null, targetGroupText }), "BAD_REQUEST")).toEqual({
        targetGroupText: "errors.targetGroupRequired",
      });
    }
  });
});
