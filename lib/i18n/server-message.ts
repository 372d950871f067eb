import { hasMessage, type Locale, type MessageKey, type Translate } from "./translate";

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
  return hasMessage(locale, message.message) ? t(message.message as MessageKey, message.params) : t(fallback);
}
