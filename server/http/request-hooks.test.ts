import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installRequestHooks } from "./request-hooks";

let server: Server;
let port = 0;

beforeAll(async () => {
  installRequestHooks();
  installRequestHooks(); // twice must not append twice
  server = createServer((req, res) => res.end(String(req.headers["x-forwarded-for"] ?? "")));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function send(
  headers: Record<string, string>,
  method = "GET",
  path = "/",
): Promise<{ status: number; body: string; allow: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, allow: res.headers.allow }));
    });
    req.on("error", reject);
    req.end();
  });
}

const get = async (headers: Record<string, string>) => (await send(headers)).body;

describe("installRequestHooks", () => {
  it("V5: appends the real peer to a forged X-Forwarded-For, so the peer is always the last entry", async () => {
    expect(await get({ "x-forwarded-for": "1.2.3.4" })).toBe("1.2.3.4, 127.0.0.1");
    expect(await get({})).toBe("127.0.0.1");
  });

  it("V10: answers TRACE with 405 and no echo of the request, instead of reaching the app", async () => {
    const trace = await send({ cookie: "authjs.session-token=secret" }, "TRACE");
    expect(trace.status).toBe(405);
    expect(trace.allow).toBe("GET, HEAD, POST, OPTIONS");
    expect(trace.body).not.toContain("secret");
    expect((await send({}, "GET")).status).toBe(200);
  });

  it("answers a path with a broken percent-escape with 400, and lets good escapes through", async () => {
    expect((await send({}, "GET", "/api/trpc/%E0%A4%A")).status).toBe(400);
    expect((await send({}, "GET", "/programs?q=%E0%A4%A")).status).toBe(200);
    expect((await send({}, "GET", "/programs/air%20bersih")).status).toBe(200);
  });
});
