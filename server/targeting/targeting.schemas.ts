import { z } from "zod";
import { dashboardFiltersSchema, filtersFromSearch } from "@/server/dashboard/dashboard.schemas";

/** The dashboard's filters, with the year required: poverty figures are read "at or before" it. */
export const targetingViewSchema = dashboardFiltersSchema.extend({
  year: z.number({ error: "errors.year" }).int("errors.year").min(2000, "errors.year").max(2100, "errors.year"),
});
export type TargetingViewInput = z.output<typeof targetingViewSchema>;

/** The current year in Kalimantan Timur (WITA, UTC+8). */
export function currentYearInWita(now: Date = new Date()): number {
  return new Date(now.getTime() + 8 * 3_600_000).getUTCFullYear();
}

type SearchValue = string | string[] | undefined;

/** The view's filters from a URL (`?year=2026&sector=health&area=64.08`), leniently; the year defaults to this year. */
export function targetingInputFromSearch(sp: Record<string, SearchValue>): TargetingViewInput {
  const filters = filtersFromSearch(sp);
  const input = { ...filters, year: filters.year ?? currentYearInWita() };
  const parsed = targetingViewSchema.safeParse(input);
  return parsed.success ? parsed.data : { year: currentYearInWita() };
}
