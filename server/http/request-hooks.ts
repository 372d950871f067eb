import { Server, type IncomingMessage, type ServerResponse } from "node:http";

const INSTALLED = Symbol.for("sinergi.requestHooks");
/** Methods the fetch API cannot represent: Next fails to build a Request for them and answers 500 before proxy.ts runs. */
const UNREPRESENTABLE = new Set(["TRACE", "TRACK", "CONNECT"]);

/** Appends the socket's peer to `X-Forwarded-For`, as a proxy does: the chain then always ends with who really connected. */
export function appendPeerAddress(request: IncomingMessage): void {
  const peer = request.socket?.remoteAddress;
  if (!peer) return;
  const sent = request.headers["x-forwarded-for"];
  const before = Array.isArray(sent) ? sent.join(", ") : sent;
  request.headers["x-forwarded-for"] = before ? `${before}, ${peer}` : peer;
}

/** Answers 405 to a method nothing here serves and that would otherwise end in a 500; true when it did. */
export function refuseUnrepresentableMethod(request: IncomingMessage, response: ServerResponse): boolean {
  if (!UNREPRESENTABLE.has(request.method ?? "")) return false;
  response.writeHead(405, {
    Allow: "GET, HEAD, POST, OPTIONS",
    "Content-Type": "text/plain; charset=utf-8",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
  });
  response.end("Method Not Allowed\n");
  return true;
}

/** Answers 400 to a path with a broken percent-escape (`/api/trpc/%E0%A4%A`), which Next fails to decode with a bare 500. */
export function refuseMalformedPath(request: IncomingMessage, response: ServerResponse): boolean {
  const path = (request.url ?? "/").split("?")[0] ?? "/";
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    response.writeHead(400, {
      "Content-Type": "text/plain; charset=utf-8",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    });
    response.end("Bad Request\n");
    return true;
  }
}

/**
 * Runs on every HTTP server of the process before Next sees a request. Next's server fills
 * `X-Forwarded-For` with the socket address only when the request has none (`??=` in
 * base-server), so a client that sends the header would hide its real address from route
 * handlers; and a TRACE request or a broken escape in the path fails inside Next with a 500.
 */
export function installRequestHooks(): void {
  const proto = Server.prototype as Server & { [INSTALLED]?: boolean };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit: (this: Server, event: string, ...args: unknown[]) => boolean = proto.emit;
  proto.emit = function (this: Server, event: string, ...args: unknown[]) {
    if (event === "request") {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      if (refuseUnrepresentableMethod(request, response) || refuseMalformedPath(request, response)) return true;
      appendPeerAddress(request);
    }
    return emit.apply(this, [event, ...args]);
  } as Server["emit"];
}
