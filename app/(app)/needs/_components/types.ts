import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";

type Outputs = inferRouterOutputs<AppRouter>;
export type NeedItem = Outputs["needs"]["list"]["items"][number];
export type NeedGap = Outputs["needs"]["gaps"]["items"][number];
export type LinkableProgram = Outputs["needs"]["linkablePrograms"][number];
