import { z } from "zod";
import { dashboardFiltersSchema, filtersFromSearch } from "@/server/dashboard/dashboard.schemas";

/**
 * The dashboard's filters. Like the dashboard, the brief and the presentation, no year means all
 * years (one default period across the views, docs/README.md): every program, and each area's
 * latest poverty figures whatever their year. A year reads the figures "at or before" it.
 */
export const targetingViewSchema = dashboardFiltersSchema.extend({
  year: z.number({ error: "errors.year" }).int("errors.year").min(2000, "errors.year").max(2100, "errors.year").optional(),
});
export type TargetingViewInput = z.output<typeof targetingViewSchema>;

type SearchValue = string | string[] | undefined;

/** The view's filters from a URL (`?year=2026&sector=health&area=64.08`), leniently; no year is all years, as on the dashboard. */
export function targetingInputFromSearch(sp: Record<string, SearchValue>): TargetingViewInput {
  const parsed = targetingViewSchema.safeParse(filtersFromSearch(sp));
  return parsed.success ? parsed.data : {};
}
