import type { JWT, JWTDecodeParams, JWTEncodeParams } from "next-auth/jwt";

// Auth.js reads the session on every request: it decrypts the cookie's token (an HKDF key
// derivation, a key thumbprint and AES-CBC/HMAC on the thread pool), then encrypts a fresh token
// to roll the expiry (the same again, plus a random id). Under a forum meeting's load this was
// about an eighth of a tRPC call's CPU. The same token always decrypts to the same claims, and a
// token encrypted a moment ago serves as well as a new one, so both are remembered briefly.
// Nothing here decides access: the session row is still checked in the database on every request
// (resolveViewer), so a signed-out token is refused whatever these maps hold.

interface Options {
  /** Entries kept per map; the oldest go first. */
  max?: number;
  /** How long an encrypted token is handed out again for the same claims, in seconds. */
  reuseSeconds?: number;
  /** Seconds since the epoch (tests move it). */
  now?: () => number;
}

type Decode = (params: JWTDecodeParams) => Promise<JWT | null>;
type Encode = (params: JWTEncodeParams) => Promise<string>;

/** Claims that vary per encryption (issued-at, expiry, token id): not part of what a token says. */
const VOLATILE = new Set(["iat", "exp", "jti"]);

function claimsKey(token: JWT | undefined, salt: string, maxAge: number | undefined): string {
  const kept = Object.entries(token ?? {})
    .filter(([k]) => !VOLATILE.has(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([salt, maxAge ?? null, kept]);
}

function bounded<V>(map: Map<string, V>, key: string, value: V, max: number) {
  map.delete(key);
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value as string);
}

/**
 * `decode` and `encode` for Auth.js's `jwt` option, wrapping the library's own functions:
 * - decode: a token seen before gives the same claims without decrypting, until its `exp`;
 *   a token that fails to decrypt is never remembered.
 * - encode: the same claims (same user, session id, generation) within `reuseSeconds` of the last
 *   encryption give that token again; its expiry is at most `reuseSeconds` earlier than a new one's.
 * The secret is part of both keys, so rotating AUTH_SECRET never serves a token made with the old one.
 */
export function cachedJwt(base: { decode: Decode; encode: Encode }, options: Options = {}) {
  const max = options.max ?? 2000;
  const reuse = options.reuseSeconds ?? 60;
  const now = options.now ?? (() => Date.now() / 1000);
  const decoded = new Map<string, JWT>();
  const encoded = new Map<string, { token: string; at: number }>();
  const secretKey = (secret: JWTDecodeParams["secret"]) => (Array.isArray(secret) ? secret.join("\u0000") : String(secret));

  const decode: Decode = async (params) => {
    if (!params.token) return base.decode(params);
    const key = `${secretKey(params.secret)}\u0001${params.salt}\u0001${params.token}`;
    const hit = decoded.get(key);
    if (hit) {
      if (typeof hit.exp === "number" && hit.exp > now()) return { ...hit };
      decoded.delete(key);
    }
    const payload = await base.decode(params);
    if (payload && typeof payload.exp === "number") bounded(decoded, key, { ...payload }, max);
    return payload;
  };

  const encode: Encode = async (params) => {
    const key = `${secretKey(params.secret)}\u0001${claimsKey(params.token, params.salt, params.maxAge)}`;
    const t = now();
    const hit = encoded.get(key);
    if (hit && t - hit.at < reuse && t >= hit.at) return hit.token;
    const token = await base.encode(params);
    bounded(encoded, key, { token, at: t }, max);
    return token;
  };

  return { decode, encode };
}
