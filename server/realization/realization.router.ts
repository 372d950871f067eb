import "server-only";
import { createRouter, officerProcedure } from "@/server/trpc/init";
import { reportRealizationSchema } from "./realization.schemas";
import { reportRealization } from "./realization.service";

export const realizationRouter = createRouter({
  /** An officer reports what their company's running or completed program delivered. */
  report: officerProcedure
    .input(reportRealizationSchema)
    .mutation(({ ctx, input }) => reportRealization(ctx.db, ctx.viewer, input, ctx.ip)),
});
