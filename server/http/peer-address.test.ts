import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installPeerAddressHook } from "./peer-address";

let server: Server;
let port = 0;

beforeAll(async () => {
  installPeerAddressHook();
  installPeerAddressHook(); // twice must not append twice
  server = createServer((req, res) => res.end(String(req.headers["x-forwarded-for"] ?? "")));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(headers: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: "/", headers }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () => resolve(body));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("installPeerAddressHook (V5)", () => {
  it("appends the real peer to a forged X-Forwarded-For, so the peer is always the last entry", async () => {
    expect(await get({ "x-forwarded-for": "1.2.3.4" })).toBe("1.2.3.4, 127.0.0.1");
    expect(await get({})).toBe("127.0.0.1");
  });
});
