import { z } from "zod";
import { startOfDayIn, todayIn, type IndonesianTimeZone } from "@/lib/time-zone";
import { dashboardFiltersSchema, filtersFromSearch } from "@/server/dashboard/dashboard.schemas";

const DAY_MS = 86_400_000;
/** Two years: longer than any meeting looks back; each list is capped anyway. */
export const MAX_BRIEF_DAYS = 731;
export const DEFAULT_BRIEF_DAYS = 30;

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "errors.date")
  .refine((s) => {
    const d = new Date(s + "T00:00:00Z");
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "errors.date");

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to + "T00:00:00Z") - Date.parse(from + "T00:00:00Z")) / DAY_MS);

/** A meeting brief: calendar dates in the viewer's time zone (WIB, WITA or WIT), both included, and the dashboard's filters. */
export const briefInputSchema = dashboardFiltersSchema
  .extend({ from: isoDate, to: isoDate })
  .superRefine((v, ctx) => {
    if (v.to < v.from) ctx.addIssue({ code: "custom", path: ["to"], message: "errors.dateOrder" });
    else if (daysBetween(v.from, v.to) >= MAX_BRIEF_DAYS) ctx.addIssue({ code: "custom", path: ["to"], message: "errors.briefRangeTooLong" });
  });
export type BriefInput = z.output<typeof briefInputSchema>;

/** What is open now (overlap flags, unadopted needs), for the presentation's last slides. */
export const openIssuesSchema = dashboardFiltersSchema.extend({ limit: z.number().int().min(1).max(50).default(5) });
export type OpenIssuesInput = z.output<typeof openIssuesSchema>;

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso + "T00:00:00Z") + days * DAY_MS).toISOString().slice(0, 10);
}

/** The moments a date range covers in the zone: from its first midnight to the midnight after its last day. */
export function rangeBounds(from: string, to: string, zone: IndonesianTimeZone): { start: Date; end: Date } {
  return { start: startOfDayIn(zone, from), end: startOfDayIn(zone, to, 1) };
}

type SearchValue = string | string[] | undefined;

/**
 * A brief's input from a URL. A missing date falls back to the last 30 days up to today (in the
 * viewer's zone); a range the schema refuses is reported (`error`, a catalog key) and replaced by the default.
 */
export function briefInputFromSearch(
  sp: Record<string, SearchValue>,
  zone: IndonesianTimeZone,
  now: Date = new Date(),
): { input: BriefInput; error: string | null } {
  const one = (v: SearchValue) => (Array.isArray(v) ? v[0] : v) || undefined;
  const today = todayIn(zone, now);
  const fallback = { from: addDays(today, 1 - DEFAULT_BRIEF_DAYS), to: today };
  const filters = filtersFromSearch(sp);
  const parsed = briefInputSchema.safeParse({ ...filters, from: one(sp.from) ?? fallback.from, to: one(sp.to) ?? fallback.to });
  if (parsed.success) return { input: parsed.data, error: null };
  const message = parsed.error.issues[0]?.message ?? "errors.invalid";
  return { input: { ...filters, ...fallback }, error: message.startsWith("errors.") ? message : "errors.invalid" };
}
