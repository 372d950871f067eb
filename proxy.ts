import { NextResponse, type NextRequest } from "next/server";

// The proxy redirects signed-out visitors and sets the per-request security headers; procedures
// and queries decide access. The headers that never change are in next.config.ts.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const ALLOWED_METHODS = ["GET", "HEAD", "POST", "OPTIONS"];

const under = (path: string, prefix: string) => path === prefix || path.startsWith(prefix + "/");
/** Pages anyone may open (the public page answers 404 itself when it is off), and non-page paths. */
const isOpenToAll = (path: string) =>
  under(path, "/public") || under(path, "/sign-in") || under(path, "/api") || path.startsWith("/_next/");

/**
 * Scripts run only with this request's nonce (Next puts it on its own scripts) or when loaded by
 * such a script ('strict-dynamic'). Styles allow 'unsafe-inline': React renders `style`
 * attributes (chart bars, map tiles, progress bars) that a nonce cannot cover, and style cannot
 * run code. Development adds 'unsafe-eval', which React's dev build needs for its stack traces.
 */
function pagePolicy(nonce: string): string {
  const dev = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
/** JSON and file downloads render nothing: nothing may load, nobody may frame them. */
const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** tRPC calls of only `public.*` queries carry public caching set by the route; everything else under /api is personal. */
function isPublicTrpcCall(request: NextRequest): boolean {
  const path = request.nextUrl.pathname;
  if (request.method !== "GET" || !path.startsWith("/api/trpc/")) return false;
  // Procedure names are plain ASCII; only the comma between batched calls may arrive encoded.
  // (No decodeURIComponent: a malformed escape would throw here and answer 500.)
  const procedures = path.slice("/api/trpc/".length).replace(/%2c/gi, ",").split(",");
  return procedures.every((p) => p.startsWith("public."));
}

export function proxy(request: NextRequest) {
  // TRACE, PUT, DELETE, odd verbs: nothing here answers them, so say so instead of erring (V10).
  if (!ALLOWED_METHODS.includes(request.method)) {
    return new NextResponse(null, { status: 405, headers: { Allow: ALLOWED_METHODS.join(", "), "Content-Security-Policy": API_POLICY } });
  }
  const path = request.nextUrl.pathname;
  if (under(path, "/api")) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", API_POLICY);
    if (!isPublicTrpcCall(request)) response.headers.set("Cache-Control", "no-store");
    return response;
  }

  const nonce = btoa(crypto.randomUUID());
  const policy = pagePolicy(nonce);
  let response: NextResponse;
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!hasSession && !isOpenToAll(path)) {
    const url = new URL("/sign-in", request.url);
    const back = path + request.nextUrl.search;
    if (back !== "/") url.searchParams.set("next", back);
    response = NextResponse.redirect(url);
  } else {
    // Next reads the nonce from the request's policy and puts it on the scripts it renders.
    const headers = new Headers(request.headers);
    headers.set("Content-Security-Policy", policy);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Static files get the fixed headers from next.config.ts; everything else comes through here.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
