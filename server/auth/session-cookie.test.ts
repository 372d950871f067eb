import { describe, expect, it } from "vitest";
import { decode, encode } from "next-auth/jwt";
import { claimsFromCookies, readSessionCookie } from "./session-cookie";

const SECRET = "s".repeat(43);
const SID = "0b7e7f3e-5a3c-4d0e-9d43-2f1c8a9b6c01";
const claims = { sub: "5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f", generation: 3, sid: SID };
const jar = (cookies: Record<string, string>) => (name: string) => cookies[name];

describe("claimsFromCookies", () => {
  it("reads the claims of a token Auth.js would accept, under either cookie name", async () => {
    for (const name of ["authjs.session-token", "__Secure-authjs.session-token"]) {
      const token = await encode({ token: claims, secret: SECRET, salt: name });
      expect(await claimsFromCookies(jar({ [name]: token }), SECRET, decode)).toEqual({
        userId: claims.sub,
        generation: 3,
        sessionId: SID,
      });
    }
  });

  it("refuses a token under another secret, or moved to the other cookie name (its salt)", async () => {
    const token = await encode({ token: claims, secret: SECRET, salt: "authjs.session-token" });
    expect(await claimsFromCookies(jar({ "authjs.session-token": token }), "t".repeat(43), decode)).toBeNull();
    expect(await claimsFromCookies(jar({ "__Secure-authjs.session-token": token }), SECRET, decode)).toBeNull();
  });

  it("refuses an expired token, junk, and a token without a session id or generation", async () => {
    const name = "authjs.session-token";
    const expired = await encode({ token: claims, secret: SECRET, salt: name, maxAge: -60 });
    expect(await claimsFromCookies(jar({ [name]: expired }), SECRET, decode)).toBeNull();
    expect(await claimsFromCookies(jar({ [name]: "junk" }), SECRET, decode)).toBeNull();
    const noSid = await encode({ token: { sub: claims.sub, generation: 3 }, secret: SECRET, salt: name });
    expect(await claimsFromCookies(jar({ [name]: noSid }), SECRET, decode)).toBeNull();
    const noGeneration = await encode({ token: { sub: claims.sub, sid: SID }, secret: SECRET, salt: name });
    expect(await claimsFromCookies(jar({ [name]: noGeneration }), SECRET, decode)).toBeNull();
    expect(await claimsFromCookies(jar({}), SECRET, decode)).toBeNull();
  });

  it("joins a cookie Auth.js split into chunks", async () => {
    const name = "authjs.session-token";
    const token = await encode({ token: claims, secret: SECRET, salt: name });
    const half = Math.floor(token.length / 2);
    const chunks = { [`${name}.0`]: token.slice(0, half), [`${name}.1`]: token.slice(half) };
    expect(readSessionCookie(jar(chunks), name)).toBe(token);
    expect((await claimsFromCookies(jar(chunks), SECRET, decode))?.sessionId).toBe(SID);
  });
});
