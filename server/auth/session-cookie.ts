import type { JWT, JWTDecodeParams } from "next-auth/jwt";
import { sessionClaimsFrom, type SessionClaims } from "./viewer";

// Auth.js's `auth()` answers a server-side session read by building a Request, running its whole
// request handler (options, a CSRF token with a SHA-256 digest, the session action, a JSON
// response) and parsing that response; the cookie it would set there is thrown away. Reading the
// claims is one decryption of the cookie, so that is all this does, with the same decode, secret
// and salt (the cookie's name) that Auth.js uses: whatever Auth.js accepts this accepts, nothing more.

/** The session cookie's names: on HTTPS Auth.js uses the `__Secure-` one. */
export const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

/**
 * The cookie's value under `name`, joined from Auth.js's chunks (`name.0`, `name.1`, …) when it
 * was split for size; undefined when absent.
 */
export function readSessionCookie(get: (name: string) => string | undefined, name: string): string | undefined {
  const whole = get(name);
  if (whole) return whole;
  const parts: string[] = [];
  for (let i = 0; ; i++) {
    const part = get(`${name}.${i}`);
    if (!part) break;
    parts.push(part);
  }
  return parts.length > 0 ? parts.join("") : undefined;
}

/**
 * The claims of the request's session cookie, or null when there is none, it does not decrypt
 * with `secret` under its own name, has expired, or lacks the claims a session needs.
 */
export async function claimsFromCookies(
  get: (name: string) => string | undefined,
  secret: string,
  decode: (params: JWTDecodeParams) => Promise<JWT | null>,
): Promise<SessionClaims | null> {
  for (const name of SESSION_COOKIE_NAMES) {
    const token = readSessionCookie(get, name);
    if (!token) continue;
    let payload: JWT | null;
    try {
      payload = await decode({ token, secret, salt: name });
    } catch {
      return null;
    }
    return sessionClaimsFrom(
      payload ? { user: { id: typeof payload.sub === "string" ? payload.sub : null }, generation: payload.generation, sessionId: payload.sid } : null,
    );
  }
  return null;
}
