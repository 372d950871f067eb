import { Server, type IncomingMessage } from "node:http";

const INSTALLED = Symbol.for("sinergi.peerAddressHook");

/** Appends the socket's peer to `X-Forwarded-For`, as a proxy does: the chain then always ends with who really connected. */
export function appendPeerAddress(request: IncomingMessage): void {
  const peer = request.socket?.remoteAddress;
  if (!peer) return;
  const sent = request.headers["x-forwarded-for"];
  const before = Array.isArray(sent) ? sent.join(", ") : sent;
  request.headers["x-forwarded-for"] = before ? `${before}, ${peer}` : peer;
}

/**
 * Next's server fills `X-Forwarded-For` with the socket address only when the request has none
 * (`??=` in base-server), so a client that sends the header hides its real address from route
 * handlers. This hook runs on every HTTP server of the process before Next sees the request.
 */
export function installPeerAddressHook(): void {
  const proto = Server.prototype as Server & { [INSTALLED]?: boolean };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit: (this: Server, event: string, ...args: unknown[]) => boolean = proto.emit;
  proto.emit = function (this: Server, event: string, ...args: unknown[]) {
    if (event === "request") appendPeerAddress(args[0] as IncomingMessage);
    return emit.apply(this, [event, ...args]);
  } as Server["emit"];
}
