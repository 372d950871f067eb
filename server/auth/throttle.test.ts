import { describe, expect, it } from "vitest";
import { blockSecondsAfter, throttleKey } from "./throttle";

describe("blockSecondsAfter", () => {
  it("lets an email fail four times, blocks it at the fifth failure, then doubles the block", () => {
    expect([0, 1, 4].map((n) => blockSecondsAfter("email", n))).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8].map((n) => blockSecondsAfter("email", n))).toEqual([30, 60, 120, 240]);
  });

  it("gives an address thirty failures before blocking it", () => {
    expect(blockSecondsAfter("ip", 29)).toBe(0);
    expect(blockSecondsAfter("ip", 30)).toBe(30);
    expect(blockSecondsAfter("ip", 31)).toBe(60);
  });

  it("never blocks for more than fifteen minutes", () => {
    expect(blockSecondsAfter("email", 10)).toBe(900);
    expect(blockSecondsAfter("email", 1000)).toBe(900);
    expect(blockSecondsAfter("ip", 100)).toBe(900);
  });

  it("grows monotonically", () => {
    for (const kind of ["email", "ip"] as const) {
      for (let n = 1; n < 60; n++) expect(blockSecondsAfter(kind, n)).toBeGreaterThanOrEqual(blockSecondsAfter(kind, n - 1));
    }
  });
});

describe("throttleKey", () => {
  it("normalises case and spaces so one email has one counter", () => {
    expect(throttleKey("email", " Admin@Test.ID ")).toBe("email:admin@test.id");
    expect(throttleKey("ip", "203.0.113.7")).toBe("ip:203.0.113.7");
  });
});
