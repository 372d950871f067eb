import "server-only";
import { adminProcedure, createRouter, roleProcedure } from "@/server/trpc/init";
import { listIndicators } from "./indicators.queries";
import { importIndicatorsSchema, listIndicatorsSchema } from "./indicators.schemas";
import { importIndicators } from "./indicators.service";

export const indicatorsRouter = createRouter({
  /** Admins only, for areas within their jurisdiction; the role is checked before the upload is read. */
  import: adminProcedure.input(importIndicatorsSchema).mutation(({ ctx, input }) => importIndicators(ctx, ctx.viewer, input)),

  /** Published figures are no secret, but each staff member and forum member sees their own jurisdiction's. */
  list: roleProcedure("viewer", "reviewer", "admin")
    .input(listIndicatorsSchema)
    .query(({ ctx, input }) => listIndicators(ctx.db, ctx.viewer, input)),
});
