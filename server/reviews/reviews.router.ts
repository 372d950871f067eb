import "server-only";
import { notFound } from "@/server/errors";
import { createRouter, protectedProcedure } from "@/server/trpc/init";
import { programHistorySchema, transitionSchema, versionDiffSchema } from "./reviews.schemas";
import { getProgramHistory, getVersionDiff } from "./reviews.queries";
import { transitionProgram } from "./reviews.service";

export const reviewsRouter = createRouter({
  /** Any move of the life cycle; who may make which is decided in the service. */
  transition: protectedProcedure.input(transitionSchema).mutation(({ ctx, input }) => transitionProgram(ctx.db, ctx.viewer, input, ctx.ip)),
  history: protectedProcedure.input(programHistorySchema).query(async ({ ctx, input }) => {
    const history = await getProgramHistory(ctx.db, ctx.viewer, input.programId);
    if (!history) throw notFound();
    return history;
  }),
  diff: protectedProcedure.input(versionDiffSchema).query(async ({ ctx, input }) => {
    const diff = await getVersionDiff(ctx.db, ctx.viewer, input.programId, input.from, input.to);
    if (!diff) throw notFound();
    return diff;
  }),
});
