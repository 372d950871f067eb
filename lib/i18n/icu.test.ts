import { afterEach, describe, expect, it, vi } from "vitest";
import { en } from "./messages/en";
import { id } from "./messages/id";
import { createTranslator, type MessageKey } from "./translate";

// Every message goes through ICU (use-intl): an apostrophe, a stray brace or a plural written wrong
// would throw, print the key instead of the text, or leave a placeholder unfilled.

function leaves(node: object, prefix = ""): [string, string][] {
  return Object.entries(node).flatMap(([k, v]) =>
    typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v as object, `${prefix}${k}.`),
  );
}

/** The argument names a message uses: `{name}`, `{n, plural, …}`. */
function argumentsOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\s*([A-Za-z_][\w]*)\s*(?:,|\})/g)].map((m) => m[1] ?? ""))];
}

afterEach(() => vi.restoreAllMocks());

describe("ICU messages", () => {
  for (const [locale, catalog] of [
    ["id", id],
    ["en", en],
  ] as const) {
    it(`formats every ${locale} message with its placeholders filled, without an error`, () => {
      const errors = vi.spyOn(console, "error");
      const t = createTranslator(locale);
      const all = leaves(catalog);
      expect(all.length).toBeGreaterThan(1000);
      const broken: string[] = [];
      for (const [key, text] of all) {
        const args = argumentsOf(text);
        const params = Object.fromEntries(args.map((a, i) => [a, i % 2 ? "Samarinda" : 7]));
        const out = t(key as MessageKey, params);
        if (out === key && text !== key) broken.push(`${key}: printed the key`);
        else if (/[{}]/.test(out)) broken.push(`${key}: ${out}`);
        else if (text.includes("'") && !out.includes("'")) broken.push(`${key}: apostrophe lost: ${out}`);
      }
      expect(broken).toEqual([]);
      expect(errors).not.toHaveBeenCalled();
    });
  }

  it("counts in English with the plural (=1 and other), and leaves Indonesian as it is", () => {
    const en = createTranslator("en");
    const id = createTranslator("id");
    expect(en("programs.count", { n: 1 })).toBe("1 program");
    expect(en("programs.count", { n: 2 })).toBe("2 programs");
    expect(en("programs.count", { n: 0 })).toBe("0 programs");
    // Call sites pass counts already written the Indonesian way ("1.000"): shown as passed, still plural.
    expect(en("programs.count", { n: "1.000" })).toBe("1.000 programs");
    expect(en("programs.count", { n: "1" })).toBe("1 program");
    expect(en("needs.age", { n: 1 })).toBe("1 day");
    expect(en("needs.age", { n: 5 })).toBe("5 days");
    expect(en("imports.flagsFound", { n: 1 })).toBe("1 possible duplicate or overlap found; Dinas Sosial will review them.");
    expect(en("imports.flagsFound", { n: 3 })).toBe("3 possible duplicates or overlaps found; Dinas Sosial will review them.");
    expect(id("programs.count", { n: 2 })).toMatch(/^2 program$/);
    expect(id("programs.count", { n: 1 })).toMatch(/^1 program$/);
  });

  it("keeps apostrophes, also right before a placeholder", () => {
    const t = createTranslator("en");
    expect(t("beneficiaries.villageAmbiguous", { value: "Loa Janan", count: 3 })).toContain("Village 'Loa Janan' matches 3 places");
  });
});
