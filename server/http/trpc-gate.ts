import "server-only";
import { MAX_IMPORT_BYTES } from "@/server/imports/imports.schemas";

/**
 * The largest tRPC request body: an import sends its file base64-encoded inside JSON (a third
 * larger than the file), plus room for the other fields. Anything bigger is refused unread.
 */
export const MAX_TRPC_BODY_BYTES = Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 1024 * 1024;

function refuse(status: number, message: string): Response {
  return new Response(JSON.stringify({ error: { message } }), {
    status,
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
  });
}

/** The app's own origin: `APP_URL` when set, else the scheme-less host the request was sent to. */
function isOwnOrigin(origin: string, req: Request, appUrl: string | undefined): boolean {
  let sent: URL;
  try {
    sent = new URL(origin);
  } catch {
    return false;
  }
  if (appUrl?.trim()) {
    try {
      return sent.origin === new URL(appUrl.trim()).origin;
    } catch {
      return false;
    }
  }
  // Behind a TLS-terminating load balancer the app sees http while the browser sent https: compare hosts.
  return sent.host === (req.headers.get("host") ?? new URL(req.url).host);
}

/**
 * Refuses what a browser on another site could make a signed-in user send: a request from a
 * foreign Origin or one the browser marks cross-site (403), and a mutation that is not JSON
 * (415: an HTML form can post `multipart/form-data` or `text/plain` cross-site without a
 * preflight; JSON needs one). Null: the request may go on.
 */
export function refuseForeignRequest(req: Request, appUrl: string | undefined = process.env.APP_URL): Response | null {
  const origin = req.headers.get("origin");
  if (origin !== null && !isOwnOrigin(origin, req, appUrl)) return refuse(403, "authz.crossSite");
  if (req.headers.get("sec-fetch-site") === "cross-site") return refuse(403, "authz.crossSite");
  if (req.method === "POST") {
    const type = (req.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
    if (type !== "application/json") return refuse(415, "authz.unsupportedMediaType");
  }
  return null;
}

/**
 * The request with its body read into memory, or a 413 once it is larger than `limit`: the
 * declared length is checked first, and the bytes are counted while reading, so a body without
 * (or lying about) Content-Length is cut off at the limit, not parsed whole.
 */
export async function limitBody(req: Request, limit: number = MAX_TRPC_BODY_BYTES): Promise<Request | Response> {
  if (!req.body) return req;
  const declared = Number(req.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > limit) return refuse(413, "authz.bodyTooLarge");
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return refuse(413, "authz.bodyTooLarge");
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  return new Request(req.url, { method: req.method, headers: req.headers, body, signal: req.signal });
}
