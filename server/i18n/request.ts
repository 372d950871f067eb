import { getRequestConfig } from "next-intl/server";
import { messagesFor } from "@/lib/i18n/translate";
import { getLocale } from "./locale";
import { getTimeZone } from "./time-zone";

// next-intl's request configuration (App Router without i18n routing): the language comes from the
// `locale` cookie, the time zone from the viewer's area. Server components may use next-intl's
// getTranslations/getFormatter with it; the app's own getTranslator (./locale) reads the same.
export default getRequestConfig(async () => {
  const locale = await getLocale();
  return { locale, messages: messagesFor(locale), timeZone: await getTimeZone() };
});
