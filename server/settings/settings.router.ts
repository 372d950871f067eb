import "server-only";
import { adminProcedure, createRouter, protectedProcedure } from "@/server/trpc/init";
import { setHomeProvinceSchema } from "./settings.schemas";
import { getHomeProvince } from "./settings.queries";
import { changeHomeProvince } from "./settings.service";

export const settingsRouter = createRouter({
  get: protectedProcedure.query(async ({ ctx }) => ({ homeProvince: await getHomeProvince(ctx.db) })),
  setHomeProvince: adminProcedure
    .input(setHomeProvinceSchema)
    .mutation(({ ctx, input }) => changeHomeProvince(ctx.db, ctx.viewer, input.code, ctx.ip)),
});
