import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { getLocale, getTranslator } from "@/server/i18n/locale";
import { getTimeZone } from "@/server/i18n/time-zone";
import { messagesFor } from "@/lib/i18n/translate";
import { TRPCReactProvider } from "./_trpc/client";
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
        {/* Only the active language's catalog goes to the browser, in the RSC payload. */}
        <I18nProvider locale={locale} messages={messagesFor(locale)} timeZone={timeZone}>
          <TRPCReactProvider>{children}</TRPCReactProvider>
        </I18nProvider>
      </body>
    </html>
  );
}
