import type { ReactNode } from "react";
import { IntlMessages } from "@/components/i18n/intl-provider";
import { messagesFor } from "@/lib/i18n/translate";
import { getLocale } from "@/server/i18n/locale";

// The sign-in form shows the server's and the validation's message keys (errors.*, auth.*): the whole catalog.
export default async function AuthLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return <IntlMessages messages={messagesFor(locale)}>{children}</IntlMessages>;
}
