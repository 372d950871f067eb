import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";

type Outputs = inferRouterOutputs<AppRouter>;
export type ImportPreviewResult = Outputs["imports"]["preview"];
/** A file the preview refused as a whole (no header, unreadable): nothing to show row by row. */
export type ImportRejected = Extract<ImportPreviewResult, { status: "invalid" }>;
export type ImportJobStatus = Outputs["imports"]["status"];
