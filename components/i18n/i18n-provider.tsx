"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import { mergeMessages, type IcuMessages, type Locale, type Translate } from "@/lib/i18n/core";
import { plainTranslator } from "@/lib/i18n/plain-format";

export interface I18nValue {
  locale: Locale;
  timeZone: string;
  /** The messages sent so far by the layouts above (see lib/i18n/client-messages.ts). */
  messages: IcuMessages;
  t: Translate;
}

/** What useI18n reads; components/i18n/intl-provider.tsx provides it too, with use-intl's translator. */
export const I18nContext = createContext<I18nValue | null>(null);

export function useI18nValue(who: string): I18nValue {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error(`${who} needs <I18nProvider>`);
  return ctx;
}

/**
 * The client side of the translations, with the active language only: `messages` is the part of
 * that language's catalog every page's client components need, sent by the root layout in the
 * page's RSC payload (never both catalogs, never in the JavaScript bundle), and `timeZone` is the
 * viewer's area's zone (WIB, WITA or WIT). Layouts below add their part with <I18nMessages> (the
 * dashboard's few groups, formatted by lib/i18n/plain-format.ts) or <IntlMessages> (the whole
 * catalog on next-intl, components/i18n/intl-provider.tsx). This module imports no ICU library.
 */
export function I18nProvider({
  locale,
  messages,
  timeZone,
  children,
}: {
  locale: Locale;
  messages: IcuMessages;
  timeZone: string;
  children: ReactNode;
}) {
  const value = useMemo(() => ({ locale, timeZone, messages, t: plainTranslator(locale, messages) }), [locale, timeZone, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** More messages for the client components below (a layout's part of the catalog), added to what the layouts above sent. */
export function I18nMessages({ messages, children }: { messages: IcuMessages; children: ReactNode }) {
  const parent = useI18nValue("I18nMessages");
  const value = useMemo(() => {
    const merged = mergeMessages(parent.messages, messages);
    return { ...parent, messages: merged, t: plainTranslator(parent.locale, merged) };
  }, [parent, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The translator, locale and time zone for client components. */
export function useI18n() {
  const { locale, timeZone, t } = useI18nValue("useI18n");
  return { locale, timeZone, t };
}
