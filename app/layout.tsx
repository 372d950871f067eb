import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { getLocale, getTranslator } from "@/server/i18n/locale";
import { getTimeZone } from "@/server/i18n/time-zone";
import { ROOT_MESSAGES } from "@/lib/i18n/client-messages";
import { messagesFor } from "@/lib/i18n/translate";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: { default: t("common.appName"), template: `%s · ${t("common.appName")}` }, description: t("common.appTagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#12665a" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const timeZone = await getTimeZone();
  return (
    <html lang={locale}>
      <body>
        {/* Only the active language goes to the browser, in the RSC payload, and of it only what every
            page's client components need; layouts below add their part (lib/i18n/client-messages.ts).
            The tRPC client and React Query are in the layouts whose pages use them, not here. */}
        <I18nProvider locale={locale} messages={messagesFor(locale, ROOT_MESSAGES)} timeZone={timeZone}>
          {children}
        </I18nProvider>
      </body>
    </html>
  );
}
