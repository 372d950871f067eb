/** Counts of people below this are shown as "<5" on dashboards and in exports, so a small group cannot be singled out. */
export const SUPPRESS_BELOW = 5;

/**
 * A count of people as a dashboard or an export shows it: the number from 5 up, "<5" for 1–4,
 * 0 as 0 (nothing shared is not a small group). The staff command line prints exact counts.
 */
export function suppressCount(n: number): number | "<5" {
  if (!Number.isFinite(n) || n < 0) throw new RangeError(`not a count: ${n}`);
  return n > 0 && n < SUPPRESS_BELOW ? "<5" : n;
}
