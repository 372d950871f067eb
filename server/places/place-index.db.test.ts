import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestDatabase } from "@/server/test/harness";
import { loadPlaceIndex, resetPlaceIndex } from "./place-index";
import { resolvePlaces } from "./resolve";

let h: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  h = await createTestDatabase();
});
afterEach(() => resetPlaceIndex());
afterAll(() => h?.close());

class Rollback extends Error {}

describe(`loadPlaceIndex (${process.env.TEST_DB_KIND})`, () => {
  it("reads the areas table once and resolves a cell against it", async () => {
    const first = loadPlaceIndex(h.db);
    expect(loadPlaceIndex(h.db)).toBe(first);
    const index = await first;
    expect(index.byCode.size).toBe(91_599);
    const result = resolvePlaces("RT 13, Kel. guntung , Bontang Utara; Kampung Baru", index, { within: ["64"] });
    expect(result.codes).toEqual(["64.74.01.1004"]);
    expect(result.parts.map((p) => p.status)).toEqual(["resolved", "ambiguous"]);
  });

  it("does not keep an index read from an empty register", async () => {
    await expect(
      h.db.transaction(async (tx) => {
        // An empty `areas` shadows the loaded one for this transaction only (deleting 91,599 rows is slow).
        await tx.execute(sql`CREATE SCHEMA empty_register`);
        await tx.execute(sql`CREATE TABLE empty_register.areas (LIKE public.areas)`);
        await tx.execute(sql`SET LOCAL search_path = empty_register, public`);
        const empty = await loadPlaceIndex(tx);
        expect(resolvePlaces("Kel. Guntung", empty).parts[0]?.status).toBe("unknown");
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
    const index = await loadPlaceIndex(h.db);
    expect(resolvePlaces("Kel. Guntung, Bontang Utara", index).codes).toEqual(["64.74.01.1004"]);
  });
});
