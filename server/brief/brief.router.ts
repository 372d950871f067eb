import "server-only";
import { createRouter, roleProcedure } from "@/server/trpc/init";
import { getBrief, getOpenIssues } from "./brief";
import { yearIn } from "@/lib/time-zone";
import { briefInputSchema, openIssuesSchema } from "./brief.schemas";

/** Forum members (viewers) and Dinas Sosial staff, within their jurisdiction, as on the dashboard. */
const meetingProcedure = roleProcedure("viewer", "reviewer", "admin");

/**
 * Material for forum meetings: the brief of a date range (calendar days in the viewer's time zone),
 * and what is open now for the presentation (the blank spots of the current year there).
 */
export const briefRouter = createRouter({
  get: meetingProcedure
    .input(briefInputSchema)
    .query(async ({ ctx, input }) => getBrief(ctx.db, ctx.viewer, input, await ctx.timeZone())),
  openIssues: meetingProcedure
    .input(openIssuesSchema)
    .query(async ({ ctx, input }) => getOpenIssues(ctx.db, ctx.viewer, input, yearIn(await ctx.timeZone()))),
});
