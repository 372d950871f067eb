import "server-only";
import { adminProcedure, createRouter, protectedProcedure, roleProcedure } from "@/server/trpc/init";
import { addTargetTermSchema, removeTargetTermSchema } from "./target-groups.schemas";
import { addTargetTerm, listTargetTerms, loadTargetTerms, removeTargetTerm } from "./target-groups.service";

/** The synonyms that suggest a target-group category from words: staff read them, admins change them. */
export const targetGroupsRouter = createRouter({
  /** The list the program form suggests a category from, loaded once with the page (never per keystroke). */
  suggestionTerms: protectedProcedure.query(({ ctx }) => loadTargetTerms(ctx.db)),
  terms: roleProcedure("reviewer", "admin").query(({ ctx }) => listTargetTerms(ctx.db)),
  addTerm: adminProcedure.input(addTargetTermSchema).mutation(({ ctx, input }) => addTargetTerm(ctx.db, ctx.viewer, input, ctx.ip)),
  removeTerm: adminProcedure
    .input(removeTargetTermSchema)
    .mutation(({ ctx, input }) => removeTargetTerm(ctx.db, ctx.viewer, input, ctx.ip)),
});
