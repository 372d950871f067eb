import "server-only";
import { Server, type IncomingMessage, type ServerResponse } from "node:http";

/**
 * Methods the Fetch standard forbids: `new Request()` throws on them, and Next builds a Request
 * for every page and route before any of our code (the proxy included) runs, so `TRACE /` ended
 * as a 500 with a stack trace. They are answered 405 at the HTTP server, before Next sees them.
 */
export const FORBIDDEN_METHODS: ReadonlySet<string> = new Set(["TRACE", "TRACK", "CONNECT"]);

let installed = false;

/** Installs the 405 answer on every HTTP server of this process (Next's included); idempotent. */
export function refuseForbiddenMethods(): void {
  if (installed) return;
  installed = true;
  const original = Server.prototype.emit;
  Server.prototype.emit = function emit(this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const [req, res] = args as [IncomingMessage, ServerResponse];
      if (req.method && FORBIDDEN_METHODS.has(req.method)) {
        res.writeHead(405, { Allow: "GET, HEAD, POST", "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
        res.end("Method Not Allowed");
        return true;
      }
    }
    return Reflect.apply(original, this, [event, ...args]) as boolean;
  };
}
