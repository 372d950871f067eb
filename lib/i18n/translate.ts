import { en } from "./messages/en";
import { id, type Messages } from "./messages/id";

export const LOCALES = ["id", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "id";
export const LOCALE_COOKIE = "locale";

const CATALOGS: Record<Locale, Messages> = { id, en };

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
/** Every message key, such as `programs.fields.title`. */
export type MessageKey = Leaves<Messages>;
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function isLocale(v: unknown): v is Locale {
  return typeof v === "string" && (LOCALES as readonly string[]).includes(v);
}

function lookup(messages: Messages, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

/** A translator for one locale; `{name}` placeholders are filled from params. */
export function createTranslator(locale: Locale): Translate {
  const messages = CATALOGS[locale];
  return (key, params) => {
    const text = lookup(messages, key) ?? lookup(id, key) ?? key;
    return params ? text.replace(/\{(\w+)\}/g, (m, p: string) => (p in params ? String(params[p]) : m)) : text;
  };
}

/** Translates a key that came from the server (an error message), falling back to `fallback`; params fill `{value}` and the like. */
export function translateServerKey(
  t: Translate,
  locale: Locale,
  key: string | undefined,
  fallback: MessageKey,
  params?: Record<string, string | number>,
): string {
  if (key && lookup(CATALOGS[locale], key) !== undefined) return t(key as MessageKey, params);
  return t(fallback, params);
}

export function hasMessage(locale: Locale, key: string): boolean {
  return lookup(CATALOGS[locale], key) !== undefined;
}
