import { createTranslator as createIntlTranslator, IntlErrorCode, type IntlError } from "use-intl/core";
import type { Messages } from "./messages/id";

// The part of the translator that client components may import: no catalog here (only its type),
// so a page's JavaScript never carries the messages; the client gets the active language's
// catalog from the server layout (see components/i18n/i18n-provider.tsx).

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

/** A missing key is shown as the key (as before); a message that fails to format is reported on the console. */
export function onIntlError(error: IntlError) {
  if (error.code === IntlErrorCode.MISSING_MESSAGE) return;
  console.error(error.message);
}

export function messageFallback({ key, namespace }: { key: string; namespace?: string }) {
  return namespace ? `${namespace}.${key}` : key;
}

type IntlTranslator = {
  (key: string, values?: TranslateParams): string;
  has: (key: string) => boolean;
  raw: (key: string) => unknown;
};

/** Adapts a use-intl translator (from `createTranslator` or `useTranslations`) to this app's `Translate`. */
export function adaptTranslator(intl: unknown): Translate {
  const base = intl as IntlTranslator;
  const t = ((key: MessageKey, params?: TranslateParams) => base(key, params)) as Translate;
  // use-intl's `has` is also true for a group of keys (and for `constructor`); a message is a string.
  t.has = (key: string) => base.has(key) && typeof base.raw(key) === "string";
  return t;
}

/** A translator over one language's ICU catalog, on use-intl's `createTranslator`. */
export function translatorFor(
  locale: Locale,
  messages: IcuMessages,
  opts: { timeZone?: string; fallback?: Translate } = {},
): Translate {
  const fallback = opts.fallback;
  const intl = createIntlTranslator({
    locale,
    messages,
    timeZone: opts.timeZone,
    onError: onIntlError,
    getMessageFallback: (info) =>
      fallback && info.error.code === IntlErrorCode.MISSING_MESSAGE ? fallback(`${info.namespace ? `${info.namespace}.` : ""}${info.key}` as MessageKey) : messageFallback(info),
  });
  return adaptTranslator(intl);
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
