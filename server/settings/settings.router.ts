import "server-only";
import { adminProcedure, createRouter, protectedProcedure } from "@/server/trpc/init";
import { setHomeProvinceSchema, setPublicPageSchema } from "./settings.schemas";
import { getHomeProvince, isPublicPageEnabled } from "./settings.queries";
import { changeHomeProvince, changePublicPage } from "./settings.service";

export const settingsRouter = createRouter({
  get: protectedProcedure.query(async ({ ctx }) => ({
    homeProvince: await getHomeProvince(ctx.db),
    publicPage: await isPublicPageEnabled(ctx.db),
  })),
  setHomeProvince: adminProcedure
    .input(setHomeProvinceSchema)
    .mutation(({ ctx, input }) => changeHomeProvince(ctx.db, ctx.viewer, input.code, ctx.ip)),
  /** The switch of the public page at /public; off by default. */
  setPublicPage: adminProcedure
    .input(setPublicPageSchema)
    .mutation(({ ctx, input }) => changePublicPage(ctx.db, ctx.viewer, input.enabled, ctx.ip)),
});
