import type { Messages } from "./messages/id";

// The part of the translator that client components may import: no catalog here (only its type),
// so a page's JavaScript never carries the messages; the client gets the active language's
// catalog from the server layout (see components/i18n/i18n-provider.tsx). No ICU library either:
// the translators on use-intl are in ./intl.ts, the dashboard's plain one in ./plain-format.ts.

export const LOCALES = ["id", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "id";
export const LOCALE_COOKIE = "locale";

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
/** Every message key, such as `programs.fields.title`. */
export type MessageKey = Leaves<Messages>;
export type TranslateParams = Record<string, string | number>;
/** Formats a message (ICU syntax: `{name}`, `{n, plural, =1 {…} other {…}}`); `has` tells whether the catalog has a key. */
export type Translate = ((key: MessageKey, params?: TranslateParams) => string) & { has: (key: string) => boolean };
/** A catalog ready for ICU: every message is a string, nested by key parts. */
export type IcuMessages = { [key: string]: string | IcuMessages };

export function isLocale(v: unknown): v is Locale {
  return typeof v === "string" && (LOCALES as readonly string[]).includes(v);
}

/**
 * The catalogs are written with plain apostrophes ("company's", "'{text}'"), but in ICU a `'`
 * before `{` starts a quoted literal and would swallow the placeholder. Every apostrophe is
 * doubled (ICU's literal `'`), so an apostrophe is always just an apostrophe.
 */
export function toIcuMessages(messages: object): IcuMessages {
  const out: IcuMessages = {};
  for (const [k, v] of Object.entries(messages)) {
    out[k] = typeof v === "string" ? v.replace(/'/g, "''") : toIcuMessages(v as object);
  }
  return out;
}

/** Translates a key that came from the server (an error message), falling back to `fallback`; params fill `{value}` and the like. */
export function translateServerKey(
  t: Translate,
  _locale: Locale,
  key: string | undefined,
  fallback: MessageKey,
  params?: TranslateParams,
): string {
  if (key && t.has(key)) return t(key as MessageKey, params);
  return t(fallback, params);
}

/**
 * The part of a catalog under the given keys: a group (`"companyPicker"`, `"programs.filters"`)
 * with all its messages, or one message. Keys the catalog lacks are left out.
 */
export function pickMessages(messages: IcuMessages, keys: readonly string[]): IcuMessages {
  let out: IcuMessages = {};
  for (const key of keys) {
    const parts = key.split(".");
    let node: string | IcuMessages | undefined = messages;
    for (const part of parts) node = typeof node === "object" && Object.hasOwn(node, part) ? node[part] : undefined;
    if (node === undefined) continue;
    const branch = parts.reduceRight<string | IcuMessages>((inner, part) => ({ [part]: inner }), node) as IcuMessages;
    out = mergeMessages(out, branch);
  }
  return out;
}

/** Both catalogs' messages in one (a message in `extra` replaces the same key in `base`); neither is changed. */
export function mergeMessages(base: IcuMessages, extra: IcuMessages): IcuMessages {
  const out: IcuMessages = { ...base };
  for (const [k, v] of Object.entries(extra)) {
    const b = out[k];
    out[k] = typeof v === "object" && typeof b === "object" ? mergeMessages(b, v) : v;
  }
  return out;
}
