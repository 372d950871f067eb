import "server-only";
import { coversEveryArea } from "@/server/access/areas";
import { notFound } from "@/server/errors";
import { getProgram } from "@/server/programs/programs.queries";
import { createRouter, officerProcedure, protectedProcedure, roleProcedure } from "@/server/trpc/init";
import { flagsForProgram, getFlag, listFlags } from "./flags.queries";
import { resolveFlag } from "./flags.service";
import {
  createThesaurusEntrySchema,
  flagIdSchema,
  listFlagsSchema,
  liveCheckSchema,
  programFlagsSchema,
  resolveFlagSchema,
  setThesaurusEntryActiveSchema,
} from "./overlaps.schemas";
import { liveCheck, rescanAll } from "./overlaps.service";
import { recordAudit } from "@/server/audit/audit";
import { withEmailDelivery } from "@/server/notifications/email.delivery";
import { createThesaurusEntry, listThesaurus, setThesaurusEntryActive } from "./thesaurus.service";

const staffProcedure = roleProcedure("reviewer", "admin");

export const overlapsRouter = createRouter({
  /** While an officer fills in the form. */
  check: officerProcedure.input(liveCheckSchema).query(({ ctx, input }) => liveCheck(ctx.db, ctx.viewer, input)),

  queue: staffProcedure.input(listFlagsSchema).query(({ ctx, input }) => listFlags(ctx.db, ctx.viewer, input)),
  byId: staffProcedure.input(flagIdSchema).query(async ({ ctx, input }) => {
    const flag = await getFlag(ctx.db, ctx.viewer, input.id);
    if (!flag) throw notFound();
    const areaCodes = [...flag.a.areas, ...flag.b.areas].map((a) => a.code);
    return { ...flag, canResolve: coversEveryArea(ctx.viewer.jurisdiction, areaCodes) };
  }),
  resolve: staffProcedure
    .input(resolveFlagSchema)
    .mutation(({ ctx, input }) => withEmailDelivery(ctx, resolveFlag(ctx.db, ctx.viewer, input, ctx.ip))),

  forProgram: protectedProcedure.input(programFlagsSchema).query(async ({ ctx, input }) => {
    if (!(await getProgram(ctx.db, ctx.viewer, input.programId))) throw notFound();
    return flagsForProgram(ctx.db, ctx.viewer, input.programId);
  }),

  /** Recomputes every flag (after thesaurus edits); runs after the response, results in the audit log. */
  rescan: roleProcedure("admin").mutation(({ ctx }) => {
    const { db, viewer, ip } = ctx;
    ctx.runInBackground(async () => {
      const result = await rescanAll(db);
      await recordAudit(db, { actorId: viewer.userId, action: "overlap.rescan", ip, details: { ...result } });
    });
    return { started: true };
  }),

  thesaurus: staffProcedure.query(({ ctx }) => listThesaurus(ctx.db)),
  addTerm: staffProcedure
    .input(createThesaurusEntrySchema)
    .mutation(({ ctx, input }) => createThesaurusEntry(ctx.db, ctx.viewer, input, ctx.ip)),
  setTermActive: staffProcedure
    .input(setThesaurusEntryActiveSchema)
    .mutation(({ ctx, input }) => setThesaurusEntryActive(ctx.db, ctx.viewer, input, ctx.ip)),
});
