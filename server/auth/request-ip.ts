/**
 * The client address as the nearest proxy saw it (first `x-forwarded-for` hop, set by Next's
 * server or the load balancer). Used only to throttle and to log sign-ins.
 */
export function clientIp(headers: Headers): string | null {
  const xff = headers.get("x-forwarded-for");
  const first = xff?.split(",")[0]?.trim();
  return first || headers.get("x-real-ip") || null;
}
