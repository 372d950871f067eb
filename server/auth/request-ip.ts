import { BlockList, isIP } from "node:net";

/**
 * Which `X-Forwarded-For` entries to believe (`TRUSTED_PROXIES`): none (the default: the
 * socket's address), the last `hops` proxies in front of the app, or any proxy whose address
 * lies in one of the listed networks.
 */
export type ProxyTrust = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "networks"; networks: BlockList };

/** Reads `TRUSTED_PROXIES`: empty or `0` (trust none), a hop count (`1`), or CIDR networks (`10.0.0.0/8, fd00::/8`). */
export function parseProxyTrust(value: string | undefined): ProxyTrust {
  const text = (value ?? "").trim();
  if (text === "" || text === "0") return { kind: "none" };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 10) throw new Error(`TRUSTED_PROXIES=${text}: a hop count above 10 is surely a mistake.`);
    return { kind: "hops", hops };
  }
  const networks = new BlockList();
  for (const part of text
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [address = "", prefixText] = part.split("/");
    const family = isIP(address);
    const prefix = prefixText === undefined ? (family === 6 ? 128 : 32) : Number(prefixText);
    if (!family || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32)) {
      throw new Error(`TRUSTED_PROXIES: "${part}" is neither a hop count nor a network such as 10.0.0.0/8.`);
    }
    networks.addSubnet(address, prefix, family === 6 ? "ipv6" : "ipv4");
  }
  return { kind: "networks", networks };
}

/** `::ffff:192.0.2.1` (an IPv4 peer on a dual-stack socket) is `192.0.2.1`. */
function normalise(address: string): string | null {
  const bare = address.trim().replace(/^\[(.*)\]$/, "$1");
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare)?.[1];
  const ip = v4 ?? bare;
  return isIP(ip) ? ip.toLowerCase() : null;
}

function isTrusted(networks: BlockList, ip: string): boolean {
  return networks.check(ip, isIP(ip) === 6 ? "ipv6" : "ipv4");
}

/**
 * The client address from an `X-Forwarded-For` chain whose last entry is the socket's peer
 * (the app's server appends it, see `server/http/request-hooks.ts`). Every proxy appends the address it
 * received from, so with N trusted hops the client is N entries left of the peer; with networks,
 * the first address from the right that is not a trusted proxy. Entries further left were
 * written by the client and are never believed.
 */
export function clientIpFrom(forwardedFor: string | null, trust: ProxyTrust): string | null {
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (!chain.length) return null;
  if (trust.kind === "none") return normalise(chain[chain.length - 1] ?? "");
  if (trust.kind === "hops") return normalise(chain[Math.max(0, chain.length - 1 - trust.hops)] ?? "");
  for (let i = chain.length - 1; i >= 0; i--) {
    const ip = normalise(chain[i] ?? "");
    // Garbage where an address should be: stop rather than believe anything left of it.
    if (!ip) return null;
    if (i === 0 || !isTrusted(trust.networks, ip)) return ip;
  }
  return null;
}

let cached: { value: string | undefined; trust: ProxyTrust } | null = null;
/** The trust rule for this process, parsed once per value of `TRUSTED_PROXIES`. */
export function proxyTrust(): ProxyTrust {
  const value = process.env.TRUSTED_PROXIES;
  if (!cached || cached.value !== value) cached = { value, trust: parseProxyTrust(value) };
  return cached.trust;
}

/** The client address of a request, for throttling sign-ins and the audit log. */
export function clientIp(headers: Headers): string | null {
  return clientIpFrom(headers.get("x-forwarded-for"), proxyTrust());
}
