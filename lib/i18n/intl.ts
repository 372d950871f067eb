import { createTranslator as createIntlTranslator, IntlErrorCode, type IntlError } from "use-intl/core";
import type { IcuMessages, Locale, MessageKey, Translate, TranslateParams } from "./core";

// The translators on use-intl (ICU with its message parser): the server's (lib/i18n/translate.ts)
// and the client's under the whole catalog (components/i18n/intl-provider.tsx). Apart from core.ts,
// so that a page without them (the dashboard) does not carry the ICU parser.

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
export function translatorFor(locale: Locale, messages: IcuMessages, opts: { timeZone?: string; fallback?: Translate } = {}): Translate {
  const fallback = opts.fallback;
  const intl = createIntlTranslator({
    locale,
    messages,
    timeZone: opts.timeZone,
    onError: onIntlError,
    getMessageFallback: (info) =>
      fallback && info.error.code === IntlErrorCode.MISSING_MESSAGE
        ? fallback(`${info.namespace ? `${info.namespace}.` : ""}${info.key}` as MessageKey)
        : messageFallback(info),
  });
  return adaptTranslator(intl);
}
