import "server-only";
import { createRouter, roleProcedure } from "@/server/trpc/init";
import { dashboardFiltersSchema } from "./dashboard.schemas";
import { getSummary } from "./dashboard.summary";

/** Forum members (viewers) and Dinas Sosial staff; figures cover programs past draft in their jurisdiction. */
const dashboardProcedure = roleProcedure("viewer", "reviewer", "admin");

export const dashboardRouter = createRouter({
  summary: dashboardProcedure.input(dashboardFiltersSchema).query(({ ctx, input }) => getSummary(ctx.db, ctx.viewer, input)),
});
