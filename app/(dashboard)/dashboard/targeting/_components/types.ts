import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";
import { filtersToSearch } from "@/lib/dashboard/filters-search";
import type { TargetingViewInput } from "@/server/targeting/targeting.schemas";

type Outputs = inferRouterOutputs<AppRouter>;
export type TargetingView = Outputs["targeting"]["view"];
export type TargetedArea = TargetingView["areas"][number];
export type Figure = NonNullable<TargetedArea["povertyRate"]>;

/** The program list behind an area: the same filters, narrowed to the area. */
export const programsHref = (input: TargetingViewInput, area: string, extra: Record<string, string> = {}) =>
  `/programs?${filtersToSearch(input, { area, ...extra })}`;

export const exportHref = (input: TargetingViewInput, format: "csv" | "xlsx") =>
  `/api/exports/targeting?${filtersToSearch(input, { format })}`;
