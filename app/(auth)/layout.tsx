import type { ReactNode } from "react";
import { I18nMessages } from "@/components/i18n/i18n-provider";
import { messagesFor } from "@/lib/i18n/translate";
import { getLocale } from "@/server/i18n/locale";

// The sign-in form shows the server's and the validation's message keys (errors.*, auth.*): the whole catalog.
export default async function AuthLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return <I18nMessages messages={messagesFor(locale)}>{children}</I18nMessages>;
}
