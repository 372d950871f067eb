import "server-only";
import { TRPCError } from "@trpc/server";
import { createRouter, protectedProcedure, roleProcedure } from "@/server/trpc/init";
import { fieldError, notFound } from "@/server/errors";
import { getActivity, listActivities } from "./government.queries";
import { nearbyActivities } from "./government.nearby";
import {
  activityIdSchema,
  createActivitySchema,
  deleteActivitySchema,
  listActivitiesSchema,
  nearbyActivitiesSchema,
  updateActivitySchema,
} from "./government.schemas";
import { createActivity, deleteActivity, updateActivity } from "./government.service";

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
  list: protectedProcedure.input(listActivitiesSchema).query(({ ctx, input }) => listActivities(ctx.db, input)),

  byId: protectedProcedure.input(activityIdSchema).query(async ({ ctx, input }) => {
    const activity = await getActivity(ctx.db, input.id);
    if (!activity) throw notFound();
    return activity;
  }),

  /** The officer's live warning: activities in the same places, most alike first. */
  nearby: protectedProcedure.input(nearbyActivitiesSchema).query(({ ctx, input }) => nearbyActivities(ctx.db, input)),

  create: staffProcedure.input(createActivitySchema).mutation(({ ctx, input }) => createActivity(ctx.db, ctx.viewer, input, ctx.ip).catch(placesRefusal)),
  update: staffProcedure.input(updateActivitySchema).mutation(({ ctx, input }) => updateActivity(ctx.db, ctx.viewer, input, ctx.ip).catch(placesRefusal)),
  delete: staffProcedure.input(deleteActivitySchema).mutation(({ ctx, input }) => deleteActivity(ctx.db, ctx.viewer, input, ctx.ip)),
});
