import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";

type Outputs = inferRouterOutputs<AppRouter>;
export type ActivityListData = Outputs["government"]["list"];
export type Activity = Outputs["government"]["byId"];
export type NearbyActivity = Outputs["government"]["nearby"][number];
