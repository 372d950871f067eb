import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next";

describe("safeNextPath", () => {
  it.each([
    ["/programs/123", "/programs/123"],
    ["/dashboard?year=2026&sector=health", "/dashboard?year=2026&sector=health"],
    ["/review#flag-3", "/review#flag-3"],
    ["/programs?q=air%20bersih", "/programs?q=air%20bersih"],
  ])("follows the same-site path %s", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  // V2: each of these left the site or could after a decode.
  it.each([
    null,
    undefined,
    "",
    "programs",
    "https://evil.example/phish",
    "//evil.example/phish",
    "/\\127.0.0.1:9/phish",
    "/\\/evil.example",
    "\\\\evil.example",
    "/%5C127.0.0.1:9/phish",
    "/%5c127.0.0.1:9/phish",
    "/%2F%5C127.0.0.1:9/phish",
    "/%2f%2fevil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n//evil.example",
    "/%09/evil.example",
    "/%0a/evil.example",
    "/ /evil.example\u0000",
    "javascript:alert(1)",
    "/" + "a".repeat(3000),
    ["/programs", "//evil.example"],
  ])("refuses %j and falls back to the start page", (next) => {
    expect(safeNextPath(next)).toBe("/");
  });

  it("never returns anything but a path on this site", () => {
    for (const next of ["/./\\evil", "/..//evil.example", "/a/../\\evil"]) {
      const out = safeNextPath(next);
      expect(out.startsWith("/")).toBe(true);
      expect(out.startsWith("//")).toBe(false);
      expect(new URL(out, "https://app.example").origin).toBe("https://app.example");
    }
  });
});
