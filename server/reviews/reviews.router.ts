import "server-only";
import { forbidden, notFound } from "@/server/errors";
import { createRouter, protectedProcedure } from "@/server/trpc/init";
import { acknowledgementsSchema, programHistorySchema, transitionSchema, versionDiffSchema } from "./reviews.schemas";
import { getProgramHistory, getVersionDiff } from "./reviews.queries";
import { getAcknowledgements } from "./acknowledgements.queries";
import { transitionProgram } from "./reviews.service";

export const reviewsRouter = createRouter({
  /** Any move of the life cycle; who may make which is decided in the service. */
  transition: protectedProcedure.input(transitionSchema).mutation(({ ctx, input }) => transitionProgram(ctx.db, ctx.viewer, input, ctx.ip)),
  history: protectedProcedure.input(programHistorySchema).query(async ({ ctx, input }) => {
    const history = await getProgramHistory(ctx.db, ctx.viewer, input.programId);
    if (!history) throw notFound();
    return history;
  }),
  /** The officer's answers to the matches at each submit: staff and the owning company only. */
  acknowledgements: protectedProcedure.input(acknowledgementsSchema).query(async ({ ctx, input }) => {
    // Forum viewers never see it; an officer of another company gets not-found, as for a hidden draft.
    if (ctx.viewer.role === "viewer") throw forbidden();
    const answers = await getAcknowledgements(ctx.db, ctx.viewer, input.programId);
    if (!answers) throw notFound();
    return answers;
  }),
  diff: protectedProcedure.input(versionDiffSchema).query(async ({ ctx, input }) => {
    const diff = await getVersionDiff(ctx.db, ctx.viewer, input.programId, input.from, input.to);
    if (!diff) throw notFound();
    return diff;
  }),
});
