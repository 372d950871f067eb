"use client";

import { NextIntlClientProvider, useMessages, useTranslations } from "next-intl";
import { useMemo, type ReactNode } from "react";
import { mergeMessages, type IcuMessages } from "@/lib/i18n/core";
import { adaptTranslator, messageFallback, onIntlError } from "@/lib/i18n/intl";
import { I18nContext, useI18nValue } from "./i18n-provider";

/**
 * The whole catalog for the client components below, on next-intl (ICU with its parser): for the
 * layouts whose client components show message keys that come from the server (errors.*), the
 * (app) pages, sign-in and targeting. useI18n below gives use-intl's translator; next-intl's own
 * hooks (useMessages) work too.
 */
export function IntlMessages({ messages, children }: { messages: IcuMessages; children: ReactNode }) {
  const parent = useI18nValue("IntlMessages");
  const merged = useMemo(() => mergeMessages(parent.messages, messages), [parent.messages, messages]);
  return (
    <NextIntlClientProvider
      locale={parent.locale}
      messages={merged}
      timeZone={parent.timeZone}
      onError={onIntlError}
      getMessageFallback={messageFallback}
    >
      <IntlTranslator>{children}</IntlTranslator>
    </NextIntlClientProvider>
  );
}

function IntlTranslator({ children }: { children: ReactNode }) {
  const parent = useI18nValue("IntlMessages");
  const intl = useTranslations();
  const messages = useMessages() as IcuMessages;
  const value = useMemo(() => ({ ...parent, messages, t: adaptTranslator(intl) }), [parent, messages, intl]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
