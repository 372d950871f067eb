import { describe, expect, it } from "vitest";
import { DASHBOARD_MESSAGES, ROOT_MESSAGES } from "./client-messages";
import { LOCALES, mergeMessages, type IcuMessages, type MessageKey, type TranslateParams } from "./core";
import { translatorFor } from "./intl";
import { argumentsOf, formatPlain, plainTranslator, UnsupportedMessage } from "./plain-format";
import { messagesFor } from "./translate";

// The plain translator (the dashboard's, without the ICU parser) must say what use-intl says: every
// message of both catalogs it accepts is formatted both ways with each plural and select branch.

function leaves(m: IcuMessages, prefix = ""): [string, string][] {
  return Object.entries(m).flatMap(([k, v]) =>
    typeof v === "string" ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
  );
}

/** Parameter sets that reach every branch: plural counts 0, 1, 2, 5, 21, 1000; each select key and an unknown one. */
function samples(message: string): TranslateParams[] {
  let sets: TranslateParams[] = [{}];
  for (const [name, use] of argumentsOf(message)) {
    const values: (string | number)[] = use.plural
      ? [0, 1, 2, 5, 21, 1000]
      : use.select.length
        ? [...use.select.filter((k) => k !== "other"), "zzz"]
        : ["Teks", 7];
    sets = sets.flatMap((s) => values.map((v) => ({ ...s, [name]: v })));
  }
  return sets.slice(0, 200);
}

describe("the plain translator", () => {
  for (const locale of LOCALES) {
    it(`formats every message it accepts as use-intl does (${locale}), and accepts every message the dashboard and the root layout send`, () => {
      const catalog = messagesFor(locale);
      const intl = translatorFor(locale, catalog);
      const plain = plainTranslator(locale, catalog);
      const refused: string[] = [];
      let compared = 0;
      for (const [key, message] of leaves(catalog)) {
        let sets: TranslateParams[];
        try {
          sets = samples(message);
        } catch (err) {
          if (!(err instanceof UnsupportedMessage)) throw err;
          refused.push(key);
          continue;
        }
        for (const params of sets) {
          expect(plain(key as MessageKey, params), `${key} ${JSON.stringify(params)}`).toBe(intl(key as MessageKey, params));
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(1000);
      const sent = new Set(
        leaves(mergeMessages(messagesFor(locale, ROOT_MESSAGES), messagesFor(locale, DASHBOARD_MESSAGES))).map(([k]) => k),
      );
      expect(sent.size).toBeGreaterThan(50);
      expect(refused.filter((k) => sent.has(k))).toEqual([]);
    });
  }

  it("refuses what it does not know, shows a missing key as the key, and a missing value as the key", () => {
    expect(() => formatPlain("en", "{n, number}")).toThrow(UnsupportedMessage);
    expect(() => formatPlain("en", "{d, date, short}")).toThrow(UnsupportedMessage);
    expect(() => formatPlain("en", "<b>x</b>")).toThrow(UnsupportedMessage);
    expect(formatPlain("en", "It''s {n, plural, =1 {# day} other {# days}}", { n: 1500 })).toBe("It's 1,500 days");
    const t = plainTranslator("id", { a: { b: "Halo {name}" } });
    expect(t("a.c" as MessageKey)).toBe("a.c");
    expect(t.has("a.b")).toBe(true);
    expect(t.has("a")).toBe(false);
    const spy = console.error;
    console.error = () => undefined;
    try {
      expect(t("a.b" as MessageKey)).toBe("a.b");
    } finally {
      console.error = spy;
    }
  });
});
