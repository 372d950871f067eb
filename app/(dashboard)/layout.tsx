import type { ReactNode } from "react";
import { AppFrame } from "@/app/(app)/_components/app-frame";
import { I18nMessages } from "@/components/i18n/i18n-provider";
import { DASHBOARD_MESSAGES } from "@/lib/i18n/client-messages";
import { messagesFor } from "@/lib/i18n/translate";
import { getLocale } from "@/server/i18n/locale";

// The dashboard is what a forum meeting opens on phones, so its page carries what its own client
// components need and no more: the same frame as the other signed-in pages, a few groups of the
// catalog (not all of it), and no tRPC client or React Query (the company picker and the
// notification bell fetch without them). Pages below that need them add them (targeting/layout.tsx).
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <I18nMessages messages={messagesFor(locale, DASHBOARD_MESSAGES)}>
      <AppFrame>{children}</AppFrame>
    </I18nMessages>
  );
}
