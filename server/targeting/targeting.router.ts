import "server-only";
import { createRouter, roleProcedure } from "@/server/trpc/init";
import { getTargetingView } from "./targeting.queries";
import { targetingViewSchema } from "./targeting.schemas";

/** The dashboard's audience: forum members (viewers) and Dinas Sosial staff; officers are refused. */
const targetingProcedure = roleProcedure("viewer", "reviewer", "admin");

export const targetingRouter = createRouter({
  view: targetingProcedure.input(targetingViewSchema).query(({ ctx, input }) => getTargetingView(ctx.db, ctx.viewer, input)),
});
