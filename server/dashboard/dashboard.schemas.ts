import { z } from "zod";
import { listProgramsSchema } from "@/server/programs/programs.schemas";

/** The dashboard's filters: the program list's, so every figure links to the list behind it. */
export const dashboardFiltersSchema = listProgramsSchema.pick({ year: true, sector: true, area: true, companyId: true, status: true });
export type DashboardFilters = z.output<typeof dashboardFiltersSchema>;

export const CHARTS = ["sector", "status", "year", "area"] as const;
export type Chart = (typeof CHARTS)[number];
