import { describe, expect, it } from "vitest";
import { decode, encode, type JWTDecodeParams, type JWTEncodeParams } from "next-auth/jwt";
import { cachedJwt } from "./token-cache";

const SECRET = "x".repeat(43);
const SALT = "authjs.session-token";

/** The library's real functions, counted. */
function counted() {
  const calls = { decode: 0, encode: 0 };
  return {
    calls,
    base: {
      decode: (p: JWTDecodeParams) => {
        calls.decode++;
        return decode(p);
      },
      encode: (p: JWTEncodeParams) => {
        calls.encode++;
        return encode(p);
      },
    },
  };
}

describe("cachedJwt", () => {
  it("decrypts a token once and gives the same claims again until it expires", async () => {
    let clock = Date.now() / 1000;
    const { calls, base } = counted();
    const jwt = cachedJwt(base, { now: () => clock });
    const token = await encode({ token: { sub: "u1", sid: "s1" }, secret: SECRET, salt: SALT, maxAge: 100 });
    const first = await jwt.decode({ token, secret: SECRET, salt: SALT });
    const second = await jwt.decode({ token, secret: SECRET, salt: SALT });
    expect(first?.sub).toBe("u1");
    expect(second).toEqual(first);
    expect(calls.decode).toBe(1);
    // A caller changing the claims it got does not change what the next caller gets.
    if (second) second.sub = "tampered";
    expect((await jwt.decode({ token, secret: SECRET, salt: SALT }))?.sub).toBe("u1");
    // Past the token's own expiry (by this cache's clock) the library is asked again.
    clock += 200;
    await jwt.decode({ token, secret: SECRET, salt: SALT });
    expect(calls.decode).toBe(2);
  });

  it("never serves a token under another secret or salt", async () => {
    const { calls, base } = counted();
    const jwt = cachedJwt(base);
    const token = await encode({ token: { sub: "u1" }, secret: SECRET, salt: SALT });
    expect((await jwt.decode({ token, secret: SECRET, salt: SALT }))?.sub).toBe("u1");
    await expect(jwt.decode({ token, secret: "y".repeat(43), salt: SALT })).rejects.toThrow();
    await expect(jwt.decode({ token, secret: SECRET, salt: "other" })).rejects.toThrow();
    expect(calls.decode).toBe(3);
  });

  it("does not remember a token that failed to decrypt", async () => {
    const { calls, base } = counted();
    const jwt = cachedJwt(base);
    await expect(jwt.decode({ token: "not.a.token", secret: SECRET, salt: SALT })).rejects.toThrow();
    await expect(jwt.decode({ token: "not.a.token", secret: SECRET, salt: SALT })).rejects.toThrow();
    expect(calls.decode).toBe(2);
  });

  it("hands out the same token for the same claims within the reuse window, a new one after it", async () => {
    let clock = Date.now() / 1000;
    const { calls, base } = counted();
    const jwt = cachedJwt(base, { reuseSeconds: 60, now: () => clock });
    const params = { token: { sub: "u1", sid: "s1", generation: 1, iat: 1, exp: 2, jti: "a" }, secret: SECRET, salt: SALT };
    const a = await jwt.encode(params);
    // Issued-at, expiry and token id differ on every roll; the claims that matter do not.
    const b = await jwt.encode({ ...params, token: { ...params.token, iat: 5, exp: 9, jti: "b" } });
    expect(b).toBe(a);
    expect(calls.encode).toBe(1);
    // Another session of the same user is another token.
    const c = await jwt.encode({ ...params, token: { ...params.token, sid: "s2" } });
    expect(c).not.toBe(a);
    clock += 61;
    const d = await jwt.encode(params);
    expect(d).not.toBe(a);
    expect(calls.encode).toBe(3);
    // What it hands out is a real token with the claims.
    expect((await decode({ token: d, secret: SECRET, salt: SALT }))?.sid).toBe("s1");
  });

  it("keeps at most `max` entries", async () => {
    const { calls, base } = counted();
    const jwt = cachedJwt(base, { max: 2 });
    const tokens = await Promise.all(["a", "b", "c"].map((sub) => encode({ token: { sub }, secret: SECRET, salt: SALT })));
    for (const token of tokens) await jwt.decode({ token, secret: SECRET, salt: SALT });
    expect(calls.decode).toBe(3);
    await jwt.decode({ token: tokens[2], secret: SECRET, salt: SALT });
    expect(calls.decode).toBe(3);
    // The first was pushed out by the third.
    await jwt.decode({ token: tokens[0], secret: SECRET, salt: SALT });
    expect(calls.decode).toBe(4);
  });
});
