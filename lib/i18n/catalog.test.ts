import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTranslator, hasMessage, LOCALES } from "./translate";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "test" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [full] : [];
  });
}

describe("message catalogs", () => {
  it("translate every error key the server can send, in every language", () => {
    const keys = new Set<string>();
    for (const file of sourceFiles(path.join(process.cwd(), "server"))) {
      for (const m of readFileSync(file, "utf8").matchAll(/"(errors\.[A-Za-z.]+)"/g)) if (m[1]) keys.add(m[1]);
    }
    expect(keys.size).toBeGreaterThan(30);
    const missing = LOCALES.flatMap((l) => [...keys].filter((k) => !hasMessage(l, k)).map((k) => `${l}:${k}`));
    expect(missing).toEqual([]);
  });

  it("fills placeholders and falls back to Indonesian", () => {
    const t = createTranslator("en");
    expect(t("auth.throttled", { seconds: 30 })).toBe("Too many failed attempts. Try again in 30 seconds.");
    expect(createTranslator("id")("common.pageOf", { page: 2, pages: 5 })).toBe("Halaman 2 dari 5");
  });
});
