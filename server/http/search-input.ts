import "server-only";
import { briefInputFromSearch, type BriefInput } from "@/server/brief/brief.schemas";
import { CHARTS, dashboardFiltersSchema, type Chart, type DashboardFilters } from "@/server/dashboard/dashboard.schemas";
import { parseListSearch, type ListProgramsInput } from "@/server/programs/programs.schemas";
import { targetingViewSchema, type TargetingViewInput } from "@/server/targeting/targeting.schemas";
import type { InputResult, InputSource } from "./guard";

// Downloads read their input strictly: the page behind a link drops a bad filter and still shows
// a list, but a download that silently ignored one would hand over more than was asked for.

export type ExportFormat = "csv" | "xlsx";
const refused = (message = "errors.invalid"): { ok: false; message: string } => ({ ok: false, message });
const searchRecord = (search: URLSearchParams) => Object.fromEntries(search);

function formatOf(search: URLSearchParams): ExportFormat | null {
  const format = search.get("format") ?? "csv";
  return format === "csv" || format === "xlsx" ? format : null;
}

function filtersOf(search: URLSearchParams): InputResult<ListProgramsInput> {
  const { input, invalid } = parseListSearch(searchRecord(search));
  return invalid.length ? refused() : { ok: true, value: input };
}

/** The program list's filters and a format (`csv` by default). */
export function programExportInput({ search }: InputSource): InputResult<{ filters: ListProgramsInput; format: ExportFormat }> {
  const format = formatOf(search);
  const filters = filtersOf(search);
  if (!format || !filters.ok) return refused();
  return { ok: true, value: { filters: filters.value, format } };
}

function dashboardFiltersOf(search: URLSearchParams): InputResult<DashboardFilters> {
  const filters = filtersOf(search);
  if (!filters.ok) return filters;
  const { year, sector, area, companyId, status } = filters.value;
  const parsed = dashboardFiltersSchema.safeParse({ year, sector, area, companyId, status });
  return parsed.success ? { ok: true, value: parsed.data } : refused();
}

/** One chart of the dashboard, its filters and a format. */
export function chartExportInput({ search }: InputSource): InputResult<{ chart: Chart; filters: DashboardFilters; format: ExportFormat }> {
  const chart = search.get("chart");
  const format = formatOf(search);
  const filters = dashboardFiltersOf(search);
  const known = CHARTS.find((c) => c === chart);
  if (!known || !format || !filters.ok) return refused();
  return { ok: true, value: { chart: known, filters: filters.value, format } };
}

/** The targeting view's filters (no year is all years, as on the page) and a format. */
export function targetingExportInput({ search }: InputSource): InputResult<{ view: TargetingViewInput; format: ExportFormat }> {
  const format = formatOf(search);
  const filters = dashboardFiltersOf(search);
  if (!format || !filters.ok) return refused();
  const parsed = targetingViewSchema.safeParse(filters.value);
  return parsed.success && format ? { ok: true, value: { view: parsed.data, format } } : refused("errors.year");
}

/** A brief's range and filters; a range the schema refuses says why (too long, wrong order). */
export function briefExportInput({ search, timeZone }: InputSource): InputResult<BriefInput> {
  const filters = filtersOf(search);
  if (!filters.ok) return refused();
  const { input, error } = briefInputFromSearch(searchRecord(search), timeZone);
  return error ? refused(error) : { ok: true, value: input };
}
