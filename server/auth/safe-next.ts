/** The start page: "/" sends each role where its work is (officer home, review queue, dashboard). */
const FALLBACK = "/";
const PROBE_ORIGIN = "http://sinergi.invalid";

/**
 * The path to open after sign-in, or the start page. Only a same-origin path is followed:
 * it starts with one `/`, has no backslash (browsers read `/\host` as `//host`), no control
 * characters, and no encoded slash, backslash or control character that a later decode could
 * turn into one. The URL parser then has the final word: the origin must not change.
 */
export function safeNextPath(next: unknown): string {
  // A repeated `?next=` arrives as an array.
  if (typeof next !== "string" || next.length > 2000) return FALLBACK;
  if (!next.startsWith("/") || next.startsWith("//")) return FALLBACK;
  if (/[\\\u0000-\u001f\u007f]/.test(next)) return FALLBACK;
  if (/%(2f|5c|0[0-9a-f]|1[0-9a-f]|7f)/i.test(next)) return FALLBACK;
  let url: URL;
  try {
    url = new URL(next, PROBE_ORIGIN);
  } catch {
    return FALLBACK;
  }
  // `/..//host` normalises to `//host`, which a browser would read as another site.
  if (url.origin !== PROBE_ORIGIN || url.pathname.startsWith("//")) return FALLBACK;
  return url.pathname + url.search + url.hash;
}
