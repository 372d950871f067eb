import { en } from "./messages/en";
import { id } from "./messages/id";
import { pickMessages, toIcuMessages, type IcuMessages, type Locale, type Translate } from "./core";
import { translatorFor } from "./intl";

// Server-side (and test) entry to the catalogs. Client components import "./core" instead (or get
// `t` from useI18n), so that no catalog is bundled into the browser's JavaScript.
export {
  DEFAULT_LOCALE,
  isLocale,
  LOCALE_COOKIE,
  LOCALES,
  translateServerKey,
  type IcuMessages,
  type Locale,
  type MessageKey,
  type Translate,
  type TranslateParams,
} from "./core";

const ICU: Record<Locale, IcuMessages> = { id: toIcuMessages(id), en: toIcuMessages(en) };

const picked = new Map<string, IcuMessages>();

/**
 * One language's catalog, ready for ICU: what the server layouts hand to the client provider;
 * with `keys`, only those groups and messages (see lib/i18n/client-messages.ts), picked once per list.
 */
export function messagesFor(locale: Locale, keys?: readonly string[]): IcuMessages {
  if (!keys) return ICU[locale];
  const cacheKey = `${locale}|${keys.join(",")}`;
  let m = picked.get(cacheKey);
  if (!m) {
    m = pickMessages(ICU[locale], keys);
    picked.set(cacheKey, m);
  }
  return m;
}

// A translator holds use-intl's caches of parsed messages, so one is kept per language and zone.
const translators = new Map<string, Translate>();

/** A translator for one locale (and time zone for dates in messages), on use-intl; a key missing in English falls back to Indonesian. */
export function createTranslator(locale: Locale, timeZone?: string): Translate {
  const cacheKey = `${locale}|${timeZone ?? ""}`;
  let t = translators.get(cacheKey);
  if (!t) {
    const fallback = locale === "id" ? undefined : createTranslator("id", timeZone);
    t = translatorFor(locale, ICU[locale], { timeZone, fallback });
    translators.set(cacheKey, t);
  }
  return t;
}

function lookup(messages: IcuMessages, key: string): string | undefined {
  let node: string | IcuMessages | undefined = messages;
  for (const part of key.split(".")) {
    if (typeof node !== "object") return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

export function hasMessage(locale: Locale, key: string): boolean {
  return lookup(ICU[locale], key) !== undefined;
}
