"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import { NextIntlClientProvider, useTranslations } from "next-intl";
import { adaptTranslator, messageFallback, onIntlError, type IcuMessages, type Locale } from "@/lib/i18n/core";

const I18nContext = createContext<{ locale: Locale; timeZone: string } | null>(null);

/**
 * next-intl's client provider with the active language only: `messages` is that language's
 * catalog, sent by the server layout in the page's RSC payload (never both catalogs, never in
 * the JavaScript bundle), and `timeZone` is the viewer's area's zone (WIB, WITA or WIT).
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
  const value = useMemo(() => ({ locale, timeZone }), [locale, timeZone]);
  return (
    <NextIntlClientProvider locale={locale} messages={messages} timeZone={timeZone} onError={onIntlError} getMessageFallback={messageFallback}>
      <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
    </NextIntlClientProvider>
  );
}

/** The translator, locale and time zone for client components (next-intl's `useTranslations` underneath). */
export function useI18n() {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error("useI18n needs <I18nProvider>");
  const intl = useTranslations();
  const t = useMemo(() => adaptTranslator(intl), [intl]);
  return { locale: ctx.locale, timeZone: ctx.timeZone, t };
}
