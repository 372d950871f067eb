import { request as httpRequest, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { execute } from "@/db/client";
import { resolveViewer } from "@/server/auth/viewer";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { GET as exportPrograms } from "@/app/api/exports/programs/route";
import { GET as exportBrief } from "@/app/api/exports/brief/route";
import { POST as trpcPost } from "@/app/api/trpc/[trpc]/route";
import { installRequestHooks } from "./request-hooks";
import { routeHandler } from "./guard";
import { limitBody, MAX_TRPC_BODY_BYTES, refuseForeignRequest } from "./trpc-gate";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
});
afterAll(() => h?.close());

const asReviewer = async () => ({ db: h.db, viewer: await resolveViewer(h.db, fx.users.reviewer), locale: "en" as const });

describe(`route handlers refuse bad input with 400 and log no query parameters (V10, ${process.env.TEST_DB_KIND})`, () => {
  it("answers a NUL byte in the export's search with 400 and a message, and logs nothing", async () => {
    const errors = vi.spyOn(console, "error");
    try {
      const serve = exportPrograms.withResolver(asReviewer);
      const res = await serve(new Request("http://localhost/api/exports/programs?q=a%00b"));
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toContain("text/plain");
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(await res.text()).toBe("Invalid value.");
      for (const bad of ["format=pdf", "year=abc", "sector=%00", "company=not-a-uuid", "area=64.%00"]) {
        expect((await serve(new Request(`http://localhost/api/exports/programs?${bad}`))).status, bad).toBe(400);
      }
      expect((await serve(new Request("http://localhost/api/exports/programs?q=air%20bersih"))).status).toBe(200);
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
    // The same search through tRPC is refused by the shared schema refinement.
    await expect((await callerFor(h.db, fx.users.reviewer)).programs.list({ q: "a\u0000b" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("says why a brief's range is refused", async () => {
    const res = await exportBrief.withResolver(asReviewer)(new Request("http://localhost/api/exports/brief?from=2026-03-31&to=2026-03-01"));
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/end date/i);
  });

  it("maps a database data error to 400 and an internal one to 500 logged without its parameters", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const dataError = routeHandler("test.data", { roles: ["reviewer"] }, async (_req, { db }) => {
        await execute(db, sql`SELECT ${"12x-secret"}::int`);
        return new Response("never");
      });
      const dataRes = await dataError.withResolver(asReviewer)(new Request("http://localhost/x"));
      expect(dataRes.status).toBe(400);
      expect(errors).not.toHaveBeenCalled();

      const internal = routeHandler("test.internal", { roles: ["reviewer"] }, async (_req, { db }) => {
        await execute(db, sql`SELECT * FROM no_such_table WHERE name = ${"sandi-rahasia-42"}`);
        return new Response("never");
      });
      const res = await internal.withResolver(asReviewer)(new Request("http://localhost/x"));
      expect(res.status).toBe(500);
      const body = await res.text();
      expect(body).not.toMatch(/no_such_table|sandi-rahasia|at /);
      expect(errors).toHaveBeenCalledTimes(1);
      const logged = String(errors.mock.calls[0]?.[0]);
      expect(logged).toContain("[route] test.internal");
      expect(logged).toContain("42P01");
      expect(logged).not.toContain("sandi-rahasia-42");
    } finally {
      errors.mockRestore();
    }
  });
});

describe("tRPC refuses cross-site, non-JSON and oversized requests (V11)", () => {
  const post = (headers: Record<string, string>, body: BodyInit = "{}") =>
    new Request("http://localhost:3000/api/trpc/notifications.markAllRead", {
      method: "POST",
      headers: { host: "localhost:3000", ...headers },
      body,
    });

  it("refuses multipart and other non-JSON mutations with 415 before reading them", async () => {
    const form = new FormData();
    form.set("x", "1");
    expect((await trpcPost(post({}, form))).status).toBe(415);
    expect((await trpcPost(post({ "content-type": "text/plain" }))).status).toBe(415);
    expect((await trpcPost(post({ "content-type": "application/x-www-form-urlencoded" }, "a=1"))).status).toBe(415);
    expect(refuseForeignRequest(post({ "content-type": "application/json; charset=utf-8" }), undefined)).toBeNull();
  });

  it("refuses a foreign Origin and a cross-site fetch with 403", async () => {
    const json = { "content-type": "application/json" };
    const foreign = await trpcPost(post({ ...json, origin: "https://evil.example" }));
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toEqual({ error: { message: "authz.crossSite" } });
    expect((await trpcPost(post({ ...json, "sec-fetch-site": "cross-site" }))).status).toBe(403);
    // Without APP_URL the request's own host counts; with it, only APP_URL's origin.
    expect(refuseForeignRequest(post({ ...json, origin: "http://localhost:3000", "sec-fetch-site": "same-origin" }), undefined)).toBeNull();
    expect(refuseForeignRequest(post({ ...json, origin: "https://csr.example.id" }), "https://csr.example.id")).toBeNull();
    expect(refuseForeignRequest(post({ ...json, origin: "http://localhost:3000" }), "https://csr.example.id")?.status).toBe(403);
    expect(refuseForeignRequest(post({ ...json, origin: "null" }), undefined)?.status).toBe(403);
  });

  it("refuses a body over the limit with 413, by its length or while reading it", async () => {
    const declared = post({ "content-type": "application/json", "content-length": String(MAX_TRPC_BODY_BYTES + 1) });
    expect((await trpcPost(declared)).status).toBe(413);
    // No Content-Length: counted while streaming, and cut off at the limit.
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1024;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const streamed = new Request("http://localhost/api/trpc/x", { method: "POST", body: endless, duplex: "half" } as RequestInit);
    const res = await limitBody(streamed, 64 * 1024);
    expect(res).toBeInstanceOf(Response);
    expect((res as Response).status).toBe(413);
    expect(sent).toBeLessThan(80 * 1024);
    const small = await limitBody(post({ "content-type": "application/json" }, '{"a":1}'), 64 * 1024);
    expect(small).toBeInstanceOf(Request);
    expect(await (small as Request).text()).toBe('{"a":1}');
    // An import of the largest file still fits.
    expect(MAX_TRPC_BODY_BYTES).toBeGreaterThan(Math.ceil((10 * 1024 * 1024) / 3) * 4);
  });
});

describe("TRACE and the other methods fetch forbids (V10)", () => {
  it("are answered 405 by the HTTP server instead of a 500 from new Request()", async () => {
    installRequestHooks();
    // Like Next: every request becomes a fetch Request first, which throws for TRACE.
    const server = createServer((req, res) => {
      try {
        new Request("http://localhost/", { method: req.method });
        res.end("ok");
      } catch (err) {
        res.statusCode = 500;
        res.end(String(err));
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const send = (method: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest({ host: "127.0.0.1", port, method, path: "/" }, (res) => {
          let body = "";
          res.on("data", (c: Buffer) => (body += c.toString()));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on("error", reject);
        req.end();
      });
    try {
      expect(await send("TRACE")).toEqual({ status: 405, body: "Method Not Allowed\n" });
      expect(await send("GET")).toEqual({ status: 200, body: "ok" });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
