import { describe, expect, it } from "vitest";
import { clientIpFrom, parseProxyTrust } from "./request-ip";

// The last entry is always the socket's peer: the server appends it (server/http/request-hooks.ts).
const none = parseProxyTrust(undefined);

describe("clientIpFrom (V5)", () => {
  it("trusts no forwarded address by default: a client cannot pick its own address", () => {
    expect(clientIpFrom("203.0.113.9", none)).toBe("203.0.113.9");
    expect(clientIpFrom("1.2.3.4, 203.0.113.9", none)).toBe("203.0.113.9");
    expect(clientIpFrom("1.2.3.4, 5.6.7.8, ::ffff:203.0.113.9", none)).toBe("203.0.113.9");
    expect(parseProxyTrust("0")).toEqual({ kind: "none" });
    expect(parseProxyTrust("  ")).toEqual({ kind: "none" });
  });

  it("with one trusted hop takes the address that proxy saw, whatever the client wrote before it", () => {
    const one = parseProxyTrust("1");
    // client → load balancer (appends the client) → app (appends the load balancer)
    expect(clientIpFrom("198.51.100.20, 10.0.0.5", one)).toBe("198.51.100.20");
    expect(clientIpFrom("6.6.6.6, 198.51.100.20, 10.0.0.5", one)).toBe("198.51.100.20");
    // Straight to the app, bypassing the proxy: the chain is short and the peer is the answer.
    expect(clientIpFrom("10.0.0.5", one)).toBe("10.0.0.5");
    const two = parseProxyTrust("2");
    expect(clientIpFrom("6.6.6.6, 198.51.100.20, 10.0.0.9, 10.0.0.5", two)).toBe("198.51.100.20");
  });

  it("with trusted networks walks left past trusted proxies only", () => {
    const nets = parseProxyTrust("10.0.0.0/8, 192.168.1.1, fd00::/8");
    expect(clientIpFrom("6.6.6.6, 198.51.100.20, 10.0.0.9, 10.0.0.5", nets)).toBe("198.51.100.20");
    expect(clientIpFrom("198.51.100.20, 192.168.1.1", nets)).toBe("198.51.100.20");
    expect(clientIpFrom("2001:db8::7, fd12::1", nets)).toBe("2001:db8::7");
    // A peer outside the networks is the client, and nothing it claims is read.
    expect(clientIpFrom("10.0.0.9, 203.0.113.50", nets)).toBe("203.0.113.50");
    // A client that forges a trusted address only moves the answer to its own entry.
    expect(clientIpFrom("10.9.9.9, 10.0.0.5", nets)).toBe("10.9.9.9");
    // Garbage in the chain is not an address.
    expect(clientIpFrom("<script>, 10.0.0.5", nets)).toBeNull();
  });

  it("answers null without a usable address", () => {
    expect(clientIpFrom(null, none)).toBeNull();
    expect(clientIpFrom(" , ", none)).toBeNull();
    expect(clientIpFrom("unknown", none)).toBeNull();
  });

  it("refuses a setting that is neither a hop count nor networks", () => {
    for (const bad of ["yes", "10.0.0.0/33", "10.0.0.0/8, nonsense", "fd00::/200", "99"]) {
      expect(() => parseProxyTrust(bad), bad).toThrow(/TRUSTED_PROXIES/);
    }
  });
});
