"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import { NextIntlClientProvider, useMessages, useTranslations } from "next-intl";
import { adaptTranslator, mergeMessages, messageFallback, onIntlError, type IcuMessages, type Locale } from "@/lib/i18n/core";

const I18nContext = createContext<{ locale: Locale; timeZone: string } | null>(null);

/**
 * next-intl's client provider with the active language only: `messages` is the part of that
 * language's catalog every page's client components need, sent by the root layout in the page's
 * RSC payload (never both catalogs, never in the JavaScript bundle; layouts below add theirs with
 * <I18nMessages>), and `timeZone` is the viewer's area's zone (WIB, WITA or WIT).
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

/**
 * More messages for the client components below: a layout's part of the catalog (see
 * lib/i18n/client-messages.ts), added to what the layouts above sent.
 */
export function I18nMessages({ messages, children }: { messages: IcuMessages; children: ReactNode }) {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error("I18nMessages needs <I18nProvider>");
  const parent = useMessages() as IcuMessages;
  const merged = useMemo(() => mergeMessages(parent, messages), [parent, messages]);
  return (
    <NextIntlClientProvider locale={ctx.locale} messages={merged} timeZone={ctx.timeZone} onError={onIntlError} getMessageFallback={messageFallback}>
      {children}
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
