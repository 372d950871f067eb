import "server-only";
import { adminProcedure, createRouter, protectedProcedure } from "@/server/trpc/init";
import {
  setHomeProvinceSchema,
  setOfficeNameSchema,
  setPublicPageSchema,
  setRepeatYearsSchema,
  setRequireFiguresSchema,
} from "./settings.schemas";
import { readSettings } from "./settings.queries";
import { changeHomeProvince, changeOfficeName, changePublicPage, changeRepeatYears, changeRequireFigures } from "./settings.service";

export const settingsRouter = createRouter({
  get: protectedProcedure.query(({ ctx }) => readSettings(ctx.db)),
  setHomeProvince: adminProcedure
    .input(setHomeProvinceSchema)
    .mutation(({ ctx, input }) => changeHomeProvince(ctx.db, ctx.viewer, input.code, ctx.ip)),
  /** The switch of the public page at /public; off by default. */
  setPublicPage: adminProcedure
    .input(setPublicPageSchema)
    .mutation(({ ctx, input }) => changePublicPage(ctx.db, ctx.viewer, input.enabled, ctx.ip)),
  /** Whether approving needs both the budget and the planned beneficiaries; off by default. */
  setRequireFigures: adminProcedure
    .input(setRequireFiguresSchema)
    .mutation(({ ctx, input }) => changeRequireFigures(ctx.db, ctx.viewer, input.enabled, ctx.ip)),
  /** How many years apart the same aid at the same place still counts as a repeat; 3 by default. */
  setRepeatYears: adminProcedure
    .input(setRepeatYearsSchema)
    .mutation(({ ctx, input }) => changeRepeatYears(ctx.db, ctx.viewer, input.years, ctx.ip)),
  /** The office name on the PDF brief's letterhead. */
  setOfficeName: adminProcedure
    .input(setOfficeNameSchema)
    .mutation(({ ctx, input }) => changeOfficeName(ctx.db, ctx.viewer, input.name, ctx.ip)),
});
