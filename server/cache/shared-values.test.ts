import { describe, expect, it } from "vitest";
import superjson from "superjson";
import { markShared, serializeShared, sharedAwareTransformer } from "./shared-values";

describe("shared values serialized once", () => {
  it("serializes a shared object once and hands out the same result", () => {
    const figures = markShared({ totals: { programs: 42, budgetIdr: 1_250_000_000 }, bySector: [{ key: "health", programs: 7 }] });
    const first = serializeShared(figures);
    expect(first).toEqual(superjson.serialize(figures));
    expect(serializeShared(figures)).toBe(first);
  });

  it("serializes anything not marked afresh each time, Dates and all", () => {
    const answer = { at: new Date("2026-12-06T00:00:00Z"), n: 1 };
    const a = serializeShared(answer);
    const b = serializeShared(answer);
    expect(a).not.toBe(b);
    expect(a).toEqual(superjson.serialize(answer));
    expect(sharedAwareTransformer.deserialize(a)).toEqual(answer);
  });

  it("leaves plain values alone", () => {
    expect(markShared(5)).toBe(5);
    expect(serializeShared(5)).toEqual(superjson.serialize(5));
    expect(serializeShared(null)).toEqual(superjson.serialize(null));
  });
});
