import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { AREAS, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { expectTrpcError } from "@/server/test/expect";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
});
afterAll(() => h?.close());

const KALTIM_REGENCIES = ["64.01", "64.02", "64.03", "64.07", "64.08", "64.09", "64.11", "64.71", "64.72", "64.74"];
const EMBALUT = {
  code: AREAS.kukarVillage,
  name: "Embalut",
  level: 4,
  path: ["Kalimantan Timur", "Kabupaten Kutai Kartanegara", "Tenggarong Seberang"],
};

describe(`areas (${process.env.TEST_DB_KIND})`, () => {
  it("refuses anonymous callers", async () => {
    const anon = await callerFor(h.db, null);
    await expectTrpcError(anon.areas.children({ parent: "64" }), "UNAUTHORIZED");
    await expectTrpcError(anon.areas.search({ q: "embalut" }), "UNAUTHORIZED");
    await expectTrpcError(anon.areas.describe({ codes: ["64"] }), "UNAUTHORIZED");
  });

  it("lists Kaltim's ten regencies and cities in code order", async () => {
    const children = await (await as("officerA")).areas.children({ parent: "64" });
    expect(children.map((c) => c.code)).toEqual(KALTIM_REGENCIES);
    expect(children.every((c) => c.level === 2)).toBe(true);
    expect(children.find((c) => c.code === "64.08")?.name).toBe("Kabupaten Kutai Timur");
    expect(children.find((c) => c.code === "64.72")?.name).toBe("Kota Samarinda");
  });

  it("lists the 38 provinces under the national root", async () => {
    const provinces = await (await as("viewer")).areas.children({ parent: "ID" });
    expect(provinces).toHaveLength(38);
    expect(provinces.every((p) => p.level === 1 && /^\d{2}$/.test(p.code))).toBe(true);
    expect(provinces[0]).toEqual({ code: "11", name: "Aceh", level: 1 });
    expect(provinces.map((p) => p.code)).toContain("64");
    const codes = provinces.map((p) => p.code);
    expect(codes).toEqual([...codes].sort());
  });

  it("lists the villages of a district, and nothing under a village or an unknown code", async () => {
    const c = await as("reviewer");
    const villages = await c.areas.children({ parent: "64.02.16" });
    expect(villages.length).toBeGreaterThan(10);
    expect(villages.every((v) => v.code.startsWith("64.02.16.") && v.level === 4)).toBe(true);
    expect(villages.map((v) => v.name)).toContain("Embalut");
    expect(await c.areas.children({ parent: AREAS.kukarVillage })).toEqual([]);
    expect(await c.areas.children({ parent: "64.99" })).toEqual([]);
  });

  it("finds a village by name with the names of the areas containing it", async () => {
    const c = await as("reviewerKutim");
    const found = await c.areas.search({ q: "embalut", within: "64" });
    expect(found).toEqual([EMBALUT]);
    expect(await c.areas.search({ q: "  EMBALUT ", within: "64.02" })).toEqual([EMBALUT]);
    expect(await c.areas.search({ q: "embalut", within: "ID" })).toEqual([EMBALUT]);
  });

  it("searches only within the given area, and the home province by default", async () => {
    const c = await as("officerB");
    expect(await c.areas.search({ q: "embalut", within: "64.08" })).toEqual([]);
    expect(await c.areas.search({ q: "embalut", within: "65" })).toEqual([]);
    expect(await c.areas.search({ q: "embalut" })).toEqual([EMBALUT]);
    const gunung = await c.areas.search({ q: "Gunung Samarinda" });
    expect(gunung.length).toBeGreaterThan(0);
    expect(gunung.every((a) => a.code.startsWith("64."))).toBe(true); // Aceh's Gunung Samarinda is not in 64
    const within = await c.areas.search({ q: "samarinda", within: "64.72" });
    expect(within.length).toBeGreaterThan(0);
    expect(within.every((a) => a.code === "64.72" || a.code.startsWith("64.72."))).toBe(true);
  });

  it("ranks an exact name before partial matches", async () => {
    const found = await (await as("admin")).areas.search({ q: "tenggarong", within: "64" });
    expect(found[0]).toMatchObject({ code: "64.02.06", name: "Tenggarong", level: 3 });
    expect(found.map((a) => a.code)).toContain("64.02.16"); // Tenggarong Seberang
  });

  it("answers nothing for a one-letter query or bare wildcards", async () => {
    const c = await as("admin");
    expect(await c.areas.search({ q: "a", within: "64" })).toEqual([]);
    expect(await c.areas.search({ q: "  k  ", within: "ID" })).toEqual([]);
    expect(await c.areas.search({ q: "", within: "64" })).toEqual([]);
    expect(await c.areas.search({ q: "%%", within: "ID" })).toEqual([]);
    expect(await c.areas.search({ q: "__", within: "ID" })).toEqual([]);
  });

  it("describes areas in the order asked, skipping unknown codes", async () => {
    const c = await as("viewer");
    const described = await c.areas.describe({ codes: [AREAS.kukarVillage, "64", "64.99.99", AREAS.samarindaWard, "64.08"] });
    expect(described.map((d) => d.code)).toEqual([AREAS.kukarVillage, "64", AREAS.samarindaWard, "64.08"]);
    expect(described[0]).toEqual(EMBALUT);
    expect(described[1]).toEqual({ code: "64", name: "Kalimantan Timur", level: 1, path: [] });
    expect(described[2]).toEqual({
      code: AREAS.samarindaWard,
      name: "Rawa Makmur",
      level: 4,
      path: ["Kalimantan Timur", "Kota Samarinda", "Palaran"],
    });
    expect(described[3]?.path).toEqual(["Kalimantan Timur"]);
    expect(await c.areas.describe({ codes: [] })).toEqual([]);
  });

  it("refuses malformed codes as bad requests", async () => {
    const c = await as("viewer");
    expect(await expectTrpcError(c.areas.describe({ codes: ["64.7"] }), "BAD_REQUEST")).toEqual({ "codes.0": "errors.areaCode" });
    await expectTrpcError(c.areas.describe({ codes: ["64", "64;DROP"] }), "BAD_REQUEST");
    await expectTrpcError(c.areas.children({ parent: "abc" }), "BAD_REQUEST");
    await expectTrpcError(c.areas.children({ parent: "id" }), "BAD_REQUEST");
    await expectTrpcError(c.areas.search({ q: "embalut", within: "6" }), "BAD_REQUEST");
    await expectTrpcError(c.areas.describe({ codes: Array.from({ length: 201 }, () => "64") }), "BAD_REQUEST");
  });
});
