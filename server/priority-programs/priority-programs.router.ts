import "server-only";
import { adminProcedure, createRouter, protectedProcedure } from "@/server/trpc/init";
import { createPriorityProgramSchema, listPriorityProgramsSchema, updatePriorityProgramSchema } from "./priority-programs.schemas";
import { createPriorityProgram, listPriorityPrograms, updatePriorityProgram } from "./priority-programs.service";

export const priorityProgramsRouter = createRouter({
  list: protectedProcedure
    .input(listPriorityProgramsSchema)
    .query(({ ctx, input }) => listPriorityPrograms(ctx.db, ctx.viewer, ctx.viewer.role === "admin" && input.includeInactive)),
  create: adminProcedure
    .input(createPriorityProgramSchema)
    .mutation(({ ctx, input }) => createPriorityProgram(ctx.db, ctx.viewer, input, ctx.ip)),
  update: adminProcedure
    .input(updatePriorityProgramSchema)
    .mutation(({ ctx, input }) => updatePriorityProgram(ctx.db, ctx.viewer, input, ctx.ip)),
});
