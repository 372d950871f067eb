import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";

type Outputs = inferRouterOutputs<AppRouter>;
export type ImportStartResult = Outputs["imports"]["start"];
export type ImportRejected = Extract<ImportStartResult, { status: "invalid" }>;
export type ImportJobStatus = Outputs["imports"]["status"];
