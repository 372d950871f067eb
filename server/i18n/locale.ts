import "server-only";
import { cookies } from "next/headers";
import { createTranslator, DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/translate";
import { getTimeZone } from "./time-zone";

/** The visitor's language: the one they chose with the switch (a cookie), else Indonesian. */
export async function getLocale(): Promise<Locale> {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(fromCookie) ? fromCookie : DEFAULT_LOCALE;
}

/** The translator, language and time zone (the viewer's area's: WIB, WITA or WIT) for a server component. */
export async function getTranslator() {
  const locale = await getLocale();
  const timeZone = await getTimeZone();
  return { locale, timeZone, t: createTranslator(locale, timeZone) };
}
