import "server-only";
import { adminProcedure, createRouter } from "@/server/trpc/init";
import { todayIn } from "@/lib/time-zone";
import { complianceReport } from "./compliance.queries";
import { complianceReportSchema } from "./compliance.schemas";

export const complianceRouter = createRouter({
  // A report is late from the day after its grace period ends, counted in the admin's own zone.
  report: adminProcedure
    .input(complianceReportSchema)
    .query(async ({ ctx, input }) => complianceReport(ctx.db, ctx.viewer, input.year, todayIn(await ctx.timeZone()))),
});
