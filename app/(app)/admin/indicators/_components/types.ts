import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";

type Outputs = inferRouterOutputs<AppRouter>;
export type IndicatorImportResult = Outputs["indicators"]["import"];
export type IndicatorImportRejected = Extract<IndicatorImportResult, { status: "invalid" }>;
export type IndicatorImported = Extract<IndicatorImportResult, { status: "imported" }>;
export type IndicatorRow = Outputs["indicators"]["list"]["items"][number];
