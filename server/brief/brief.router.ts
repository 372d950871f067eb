import "server-only";
import { createRouter, roleProcedure } from "@/server/trpc/init";
import { getBrief, getOpenIssues } from "./brief";
import { currentYearInWita } from "@/server/targeting/targeting.schemas";
import { briefInputSchema, openIssuesSchema } from "./brief.schemas";

/** Forum members (viewers) and Dinas Sosial staff, within their jurisdiction, as on the dashboard. */
const meetingProcedure = roleProcedure("viewer", "reviewer", "admin");

/** Material for forum meetings: the brief of a date range, and what is open now for the presentation. */
export const briefRouter = createRouter({
  get: meetingProcedure.input(briefInputSchema).query(({ ctx, input }) => getBrief(ctx.db, ctx.viewer, input)),
  openIssues: meetingProcedure.input(openIssuesSchema).query(({ ctx, input }) => getOpenIssues(ctx.db, ctx.viewer, input, currentYearInWita())),
});
