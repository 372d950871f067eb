import { describe, expect, it } from "vitest";
import { blockSecondsAfter, pairKey, throttleKey } from "./throttle";

describe("blockSecondsAfter", () => {
  it("lets an account fail four times from one address, blocks it there at the fifth failure, then doubles the block", () => {
    expect([0, 1, 4].map((n) => blockSecondsAfter("email+ip", n))).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8].map((n) => blockSecondsAfter("email+ip", n))).toEqual([30, 60, 120, 240]);
  });

  it("gives an account a hundred failures across all addresses before slowing it", () => {
    expect(blockSecondsAfter("email", 5)).toBe(0);
    expect(blockSecondsAfter("email", 99)).toBe(0);
    expect(blockSecondsAfter("email", 100)).toBe(30);
  });

  it("gives an address thirty failures before blocking it", () => {
    expect(blockSecondsAfter("ip", 29)).toBe(0);
    expect(blockSecondsAfter("ip", 30)).toBe(30);
    expect(blockSecondsAfter("ip", 31)).toBe(60);
  });

  it("never blocks for more than fifteen minutes", () => {
    expect(blockSecondsAfter("email+ip", 10)).toBe(900);
    expect(blockSecondsAfter("email", 1000)).toBe(900);
    expect(blockSecondsAfter("ip", 100)).toBe(900);
  });

  it("grows monotonically", () => {
    for (const kind of ["email+ip", "email", "ip"] as const) {
      for (let n = 1; n < 60; n++) expect(blockSecondsAfter(kind, n)).toBeGreaterThanOrEqual(blockSecondsAfter(kind, n - 1));
    }
  });
});

describe("throttleKey", () => {
  it("normalises case and spaces so one email has one counter", () => {
    expect(throttleKey("email", " Admin@Test.ID ")).toBe("email:admin@test.id");
    expect(throttleKey("ip", "203.0.113.7")).toBe("ip:203.0.113.7");
    expect(pairKey(" Admin@Test.ID", "2001:DB8::1")).toBe("email+ip:admin@test.id|2001:db8::1");
    expect(pairKey("admin@test.id", null)).toBe("email+ip:admin@test.id|-");
  });
});
