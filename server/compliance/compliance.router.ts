import "server-only";
import { adminProcedure, createRouter } from "@/server/trpc/init";
import { complianceReport } from "./compliance.queries";
import { complianceReportSchema } from "./compliance.schemas";

export const complianceRouter = createRouter({
  report: adminProcedure.input(complianceReportSchema).query(({ ctx, input }) => complianceReport(ctx.db, ctx.viewer, input.year)),
});
