import type { Locale, MessageKey, Translate } from "./core";

/**
 * A placeholder value the server sends as `@` and a catalog key (`@targetGroups.elderly`,
 * `@statuses.draft`) is shown in the reader's language; any other value is shown as sent.
 */
function translateParams(t: Translate, locale: Locale, params: Record<string, string> | undefined) {
  if (!params) return params;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    const key = v.startsWith("@") ? v.slice(1) : null;
    out[k] = key && t.has(key) ? t(key as MessageKey) : v;
  }
  return out;
}

/**
 * A message the server sent as a catalog key with placeholder values (an import's row error),
 * in the reader's language; an unknown key falls back.
 */
export function translateServerMessage(
  t: Translate,
  locale: Locale,
  message: { message: string; params?: Record<string, string> },
  fallback: MessageKey,
): string {
  return t.has(message.message) ? t(message.message as MessageKey, translateParams(t, locale, message.params)) : t(fallback);
}
