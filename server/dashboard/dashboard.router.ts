import "server-only";
import { createRouter, roleProcedure } from "@/server/trpc/init";
import { dashboardFiltersSchema } from "./dashboard.schemas";
import { getSummary } from "./dashboard.summary";
import { getWhoWhatWhere } from "./who-what-where";

/** Forum members (viewers) and Dinas Sosial staff; figures cover programs past draft in their jurisdiction. */
const dashboardProcedure = roleProcedure("viewer", "reviewer", "admin");

export const dashboardRouter = createRouter({
  summary: dashboardProcedure.input(dashboardFiltersSchema).query(({ ctx, input }) => getSummary(ctx.db, ctx.viewer, input)),
  /** Who does what where: company × area (one level below the focus) × sector, with counts and rupiah. */
  matrix: dashboardProcedure.input(dashboardFiltersSchema).query(({ ctx, input }) => getWhoWhatWhere(ctx.db, ctx.viewer, input)),
});
