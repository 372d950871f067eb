import { NextResponse } from "next/server";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "@/lib/i18n/translate";
import { publicRouteHandler } from "@/server/http/guard";

/**
 * The public page's language switch as a plain link, so it works without JavaScript: remembers
 * the chosen language in the same cookie as the app's switch and goes back to the public page.
 */
export const GET = publicRouteHandler("public.language", { roles: "public" }, async (req) => {
  const wanted = new URL(req.url).searchParams.get("to");
  const locale = isLocale(wanted) ? wanted : DEFAULT_LOCALE;
  // A relative Location: the server's own idea of its host (request.url) may not be the one the visitor used.
  const response = new NextResponse(null, { status: 303, headers: { Location: "/public" } });
  response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 31_536_000, sameSite: "lax" });
  return response;
});
