import { z } from "zod";
import { dashboardFiltersSchema } from "@/server/dashboard/dashboard.schemas";
import { listInputFromSearch } from "@/server/programs/programs.schemas";

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
  const list = listInputFromSearch(sp);
  const input = { year: list.year ?? currentYearInWita(), sector: list.sector, area: list.area, companyId: list.companyId, status: list.status };
  const parsed = targetingViewSchema.safeParse(input);
  return parsed.success ? parsed.data : { year: currentYearInWita() };
}

/** The same filters as URL parameters, for links to the program list and to the export. */
export function targetingSearchParams(input: TargetingViewInput, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  p.set("year", String(input.year));
  if (input.sector) p.set("sector", input.sector);
  if (input.status) p.set("status", input.status);
  if (input.companyId) p.set("company", input.companyId);
  if (input.area) p.set("area", input.area);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return p.toString();
}
