import "server-only";
import { createRouter, officerProcedure } from "@/server/trpc/init";
import { todayIn } from "@/lib/time-zone";
import { officerHome } from "./home.queries";

export const homeRouter = createRouter({
  /** The officer's start page: their company's to-dos, programs, compliance and collaborations. */
  officer: officerProcedure.query(async ({ ctx }) => officerHome(ctx.db, ctx.viewer, todayIn(await ctx.timeZone()))),
});
