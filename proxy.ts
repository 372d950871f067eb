import { NextResponse, type NextRequest } from "next/server";

// The proxy only redirects signed-out visitors; procedures and queries decide access.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/** The public page (when an admin turns it on) is for everyone; it answers 404 itself when off. */
const isPublic = (path: string) => path === "/public" || path.startsWith("/public/");

export function proxy(request: NextRequest) {
  if (isPublic(request.nextUrl.pathname)) return NextResponse.next();
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!hasSession) {
    const url = new URL("/sign-in", request.url);
    const back = request.nextUrl.pathname + request.nextUrl.search;
    if (back !== "/") url.searchParams.set("next", back);
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|sign-in|icon.svg).*)"],
};
