import "server-only";
import { createRouter, officerProcedure, protectedProcedure } from "@/server/trpc/init";
import { notFound } from "@/server/errors";
import { createProgramSchema, listProgramsSchema, programIdSchema, submitProgramSchema, updateProgramSchema } from "./programs.schemas";
import { getProgram, listPrograms } from "./programs.queries";
import { transitionProgram } from "@/server/reviews/reviews.service";
import { createProgram, updateProgram } from "./programs.service";

export const programsRouter = createRouter({
  // The list shows titles, places, periods and budgets; the long texts (a description runs to
  // several hundred characters) stay on the program's page and in exports, so a page of the list
  // does not carry them to the browser twice (its data and its hydration payload).
  list: protectedProcedure.input(listProgramsSchema).query(async ({ ctx, input }) => {
    const page = await listPrograms(ctx.db, ctx.viewer, input);
    return { ...page, items: page.items.map(({ description: _d, targetGroupText: _t, ...item }) => item) };
  }),

  byId: protectedProcedure.input(programIdSchema).query(async ({ ctx, input }) => {
    const program = await getProgram(ctx.db, ctx.viewer, input.id);
    // Not found and not allowed look the same, so a draft's existence is not revealed.
    if (!program) throw notFound();
    return program;
  }),

  create: officerProcedure.input(createProgramSchema).mutation(({ ctx, input }) => createProgram(ctx.db, ctx.viewer, input, ctx.ip)),
  // Both queue the overlap check in their transaction; a worker runs it (and any e-mail it leads to).
  update: officerProcedure.input(updateProgramSchema).mutation(({ ctx, input }) => updateProgram(ctx.db, ctx.viewer, input, ctx.ip)),
  /** The officer's submit button; the same move as `reviews.transition` with action "submit". */
  submit: officerProcedure
    .input(submitProgramSchema)
    .mutation(({ ctx, input }) => transitionProgram(ctx.db, ctx.viewer, { ...input, action: "submit", note: "" }, ctx.ip)),
});
