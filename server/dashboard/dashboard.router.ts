import "server-only";
import { createRouter, roleProcedure } from "@/server/trpc/init";
import { dashboardFiltersSchema } from "./dashboard.schemas";
import { getByArea, getBySector, getByStatus, getByYear, getTotals } from "./dashboard.queries";

/** Forum members (viewers) and Dinas Sosial staff; figures cover programs past draft in their jurisdiction. */
const dashboardProcedure = roleProcedure("viewer", "reviewer", "admin");

export const dashboardRouter = createRouter({
  summary: dashboardProcedure.input(dashboardFiltersSchema).query(async ({ ctx, input }) => {
    const [totals, bySector, byStatus, byYear, byArea] = await Promise.all([
      getTotals(ctx.db, ctx.viewer, input),
      getBySector(ctx.db, ctx.viewer, input),
      getByStatus(ctx.db, ctx.viewer, input),
      getByYear(ctx.db, ctx.viewer, input),
      getByArea(ctx.db, ctx.viewer, input),
    ]);
    return { totals, bySector, byStatus, byYear, byArea };
  }),
});
