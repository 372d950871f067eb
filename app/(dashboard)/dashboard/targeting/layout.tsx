import type { ReactNode } from "react";
import { IntlMessages } from "@/components/i18n/intl-provider";
import { messagesFor } from "@/lib/i18n/translate";
import { getLocale } from "@/server/i18n/locale";
import { TRPCReactProvider } from "../../../_trpc/client";

// The targeting report loads its figures and registry shares through tRPC and shows server error
// keys, so it gets the tRPC client and the whole catalog, like the (app) pages.
export default async function TargetingLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <IntlMessages messages={messagesFor(locale)}>
      <TRPCReactProvider>{children}</TRPCReactProvider>
    </IntlMessages>
  );
}
