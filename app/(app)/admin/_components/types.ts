import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";

type Outputs = inferRouterOutputs<AppRouter>;
export type ManagedCompany = Outputs["companies"]["list"][number];
export type ManagedUser = Outputs["users"]["list"][number];
export type PriorityProgram = Outputs["priorityPrograms"]["list"][number];
export type AreaOption = Outputs["areas"]["children"][number];

/** What the admin pages need to know about the signed-in admin. */
export interface AdminSelf {
  userId: string;
  jurisdiction: string;
}
