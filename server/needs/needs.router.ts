import "server-only";
import { notFound } from "@/server/errors";
import { getProgram } from "@/server/programs/programs.queries";
import { createRouter, officerProcedure, protectedProcedure, roleProcedure } from "@/server/trpc/init";
import { listNeedGaps } from "./gaps.queries";
import { getNeed, listNeeds } from "./needs.queries";
import {
  adoptNeedSchema,
  closeNeedSchema,
  createNeedSchema,
  linkAdoptionSchema,
  listNeedsSchema,
  needGapsSchema,
  needIdSchema,
  needsForProgramSchema,
  updateNeedSchema,
} from "./needs.schemas";
import { adoptNeed, closeNeed, linkAdoption, publishNeed, updateNeed } from "./needs.service";
import { listLinkablePrograms, listNeedsOfProgram } from "./program-needs.queries";

const publisherProcedure = roleProcedure("reviewer", "admin");

/** The catalogue of priority needs ("etalase program"): offices publish, companies adopt. */
export const needsRouter = createRouter({
  list: protectedProcedure.input(listNeedsSchema).query(({ ctx, input }) => listNeeds(ctx.db, ctx.viewer, input)),

  byId: protectedProcedure.input(needIdSchema).query(async ({ ctx, input }) => {
    const need = await getNeed(ctx.db, ctx.viewer, input.id);
    if (!need) throw notFound();
    return need;
  }),

  publish: publisherProcedure.input(createNeedSchema).mutation(({ ctx, input }) => publishNeed(ctx.db, ctx.viewer, input, ctx.ip)),
  update: publisherProcedure.input(updateNeedSchema).mutation(({ ctx, input }) => updateNeed(ctx.db, ctx.viewer, input, ctx.ip)),
  close: publisherProcedure.input(closeNeedSchema).mutation(({ ctx, input }) => closeNeed(ctx.db, ctx.viewer, input, ctx.ip)),

  adopt: officerProcedure.input(adoptNeedSchema).mutation(({ ctx, input }) => adoptNeed(ctx.db, ctx.viewer, input, ctx.ip)),
  link: officerProcedure.input(linkAdoptionSchema).mutation(({ ctx, input }) => linkAdoption(ctx.db, ctx.viewer, input, ctx.ip)),
  linkablePrograms: officerProcedure.query(({ ctx }) => listLinkablePrograms(ctx.db, ctx.viewer.companyId)),

  gaps: roleProcedure("reviewer", "admin", "viewer")
    .input(needGapsSchema)
    .query(({ ctx, input }) => listNeedGaps(ctx.db, ctx.viewer, input.limit)),

  /** The needs a program answers, for whoever may see the program. */
  forProgram: protectedProcedure.input(needsForProgramSchema).query(async ({ ctx, input }) => {
    if (!(await getProgram(ctx.db, ctx.viewer, input.programId))) throw notFound();
    return listNeedsOfProgram(ctx.db, input.programId);
  }),
});
