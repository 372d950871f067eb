import "server-only";
import { notFound } from "@/server/errors";
import { getHomeProvince, isPublicPageEnabled } from "@/server/settings/settings.queries";
import { createRouter, publicProcedure } from "@/server/trpc/init";
import { getPublicSummary } from "./public.queries";

export const publicRouter = createRouter({
  /**
   * The home province's approved, running and completed programs in aggregate, for anyone, signed
   * in or not; the same answer for every caller. While the admins keep the public page off, there is nothing here.
   */
  summary: publicProcedure.query(async ({ ctx }) => {
    if (!(await isPublicPageEnabled(ctx.db))) throw notFound();
    return getPublicSummary(ctx.db, await getHomeProvince(ctx.db));
  }),
});
