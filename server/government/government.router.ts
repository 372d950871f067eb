import "server-only";
import { TRPCError } from "@trpc/server";
import { createRouter, protectedProcedure, roleProcedure } from "@/server/trpc/init";
import { fieldError, notFound } from "@/server/errors";
import { companyAreaCodes, listSupportingPrograms } from "@/server/programs/programs.queries";
import { getActivity, listActivities } from "./government.queries";
import { nearbyActivities } from "./government.nearby";
import {
  activityIdSchema,
  createActivitySchema,
  deleteActivitySchema,
  importActivitiesSchema,
  listActivitiesSchema,
  nearbyActivitiesSchema,
  updateActivitySchema,
} from "./government.schemas";
import { importGovernmentActivities } from "./government.import";
import { createActivity, deleteActivity, updateActivity } from "./government.service";

const fileOf = (input: { filename: string; contentBase64: string }) => ({
  filename: input.filename,
  bytes: new Uint8Array(Buffer.from(input.contentBase64, "base64")),
});

const staffProcedure = roleProcedure("admin", "reviewer");

/** A place outside the writer's jurisdiction is a mistake in the places field, shown beside it. */
function placesRefusal(err: unknown): never {
  if (err instanceof TRPCError && err.code === "FORBIDDEN" && err.message === "errors.outsideJurisdiction") {
    throw fieldError("areaCodes", "errors.outsideJurisdiction");
  }
  throw err;
}

/**
 * Government activities: public budget information every signed-in role reads ("program
 * pemerintah di wilayah ini"); staff write them within their jurisdiction (the service checks).
 */
export const governmentRouter = createRouter({
  list: protectedProcedure.input(listActivitiesSchema).query(async ({ ctx, input }) => {
    const within = input.mine && ctx.viewer.role === "officer" ? await companyAreaCodes(ctx.db, ctx.viewer.companyId) : null;
    return listActivities(ctx.db, input, within);
  }),

  byId: protectedProcedure.input(activityIdSchema).query(async ({ ctx, input }) => {
    const activity = await getActivity(ctx.db, input.id);
    if (!activity) throw notFound();
    // The CSR programs that name it, as far as this viewer may see them (drafts stay their company's).
    return { ...activity, supportedBy: await listSupportingPrograms(ctx.db, ctx.viewer, input.id) };
  }),

  /** The officer's live warning: activities in the same places, most alike first. */
  nearby: protectedProcedure.input(nearbyActivitiesSchema).query(({ ctx, input }) => nearbyActivities(ctx.db, input)),

  create: staffProcedure
    .input(createActivitySchema)
    .mutation(({ ctx, input }) => createActivity(ctx.db, ctx.viewer, input, ctx.ip).catch(placesRefusal)),
  update: staffProcedure
    .input(updateActivitySchema)
    .mutation(({ ctx, input }) => updateActivity(ctx.db, ctx.viewer, input, ctx.ip).catch(placesRefusal)),
  delete: staffProcedure.input(deleteActivitySchema).mutation(({ ctx, input }) => deleteActivity(ctx.db, ctx.viewer, input, ctx.ip)),

  /** The import's report without saving: every row's errors (row, column, value, fix) and what it would do. */
  importPreview: staffProcedure
    .input(importActivitiesSchema)
    .mutation(({ ctx, input }) =>
      importGovernmentActivities(ctx.db, ctx.viewer, fileOf(input), { dryRun: true, skipInvalid: input.skipInvalid }),
    ),
  /** Saves the file (all rows, or the valid ones with skipInvalid) in one transaction. */
  importConfirm: staffProcedure
    .input(importActivitiesSchema)
    .mutation(({ ctx, input }) => importGovernmentActivities(ctx.db, ctx.viewer, fileOf(input), { skipInvalid: input.skipInvalid })),
});
