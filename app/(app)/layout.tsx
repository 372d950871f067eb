import type { ReactNode } from "react";
import { IntlMessages } from "@/components/i18n/intl-provider";
import { messagesFor } from "@/lib/i18n/translate";
import { getLocale } from "@/server/i18n/locale";
import { TRPCReactProvider } from "../_trpc/client";
import { AppFrame } from "./_components/app-frame";

// The signed-in pages' forms and lists: the tRPC client with React Query, and the whole catalog
// (their client components also show message keys that come from the server, errors.*). The
// dashboard has a lighter layout of its own, app/(dashboard)/layout.tsx.
export default async function AppLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <IntlMessages messages={messagesFor(locale)}>
      <TRPCReactProvider>
        <AppFrame>{children}</AppFrame>
      </TRPCReactProvider>
    </IntlMessages>
  );
}
