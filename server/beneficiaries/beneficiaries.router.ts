import "server-only";
import { sql } from "drizzle-orm";
import { recordAudit } from "@/server/audit/audit";
import { touchesArea } from "@/server/programs/programs.queries";
import { adminProcedure, createRouter, officerProcedure, roleProcedure } from "@/server/trpc/init";
import { confirmListSchema, importRegistrySchema, listsSchema, previewListSchema, programIdSchema } from "./beneficiaries.schemas";
import { confirmList, deleteOwnList, ownLists, ownSharedRows, previewList, sharedOverview } from "./beneficiaries.service";
import { importRegistry, registryShares } from "./registry.service";

/**
 * Beneficiary lists (issue 12). The owning company's officer uploads, lists, deletes and sees
 * which of its own rows are shared; staff see counts between programs in their jurisdiction;
 * admins import the welfare registry. No answer carries an NIK, a token or a name.
 */
export const beneficiariesRouter = createRouter({
  preview: officerProcedure.input(previewListSchema).mutation(({ ctx, input }) => previewList(ctx.db, ctx.viewer, input)),

  confirm: officerProcedure.input(confirmListSchema).mutation(({ ctx, input }) => confirmList(ctx.db, ctx.viewer, input, ctx.ip)),

  lists: officerProcedure.input(listsSchema).query(({ ctx, input }) => ownLists(ctx.db, ctx.viewer, input.programId, ctx.ip)),

  delete: officerProcedure.input(programIdSchema).mutation(({ ctx, input }) => deleteOwnList(ctx.db, ctx.viewer, input.programId, ctx.ip)),

  sharedRows: officerProcedure.input(programIdSchema).query(({ ctx, input }) => ownSharedRows(ctx.db, ctx.viewer, input.programId, ctx.ip)),

  shared: roleProcedure("admin", "reviewer").query(({ ctx }) => sharedOverview(ctx.db, ctx.viewer, ctx.ip)),

  importRegistry: adminProcedure
    .input(importRegistrySchema)
    .mutation(({ ctx, input }) =>
      importRegistry(ctx.db, { actorId: ctx.viewer.userId, filename: input.filename, bytes: Buffer.from(input.contentBase64, "base64"), skipInvalid: input.skipInvalid, ip: ctx.ip }),
    ),

  /** Tepat sasaran: shares of the listed people by registry decile, per program, company and regency; counts below 5 hidden. */
  registryShares: roleProcedure("admin", "reviewer", "viewer").query(async ({ ctx }) => {
    const out = await registryShares(ctx.db, sql`p.status <> 'draft' AND ${touchesArea(ctx.viewer.jurisdiction, sql`p.id`)}`);
    await recordAudit(ctx.db, { actorId: ctx.viewer.userId, action: "beneficiaries.registry_view", ip: ctx.ip, details: { programs: out.byProgram.length } });
    return out;
  }),
});
