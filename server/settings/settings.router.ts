import "server-only";
import { eq, and } from "drizzle-orm";
import { areas } from "@/db/schema";
import { isWithin } from "@/server/access/areas";
import { recordAudit } from "@/server/audit/audit";
import { fieldError } from "@/server/errors";
import { adminProcedure, createRouter, protectedProcedure } from "@/server/trpc/init";
import { setHomeProvinceSchema } from "./settings.schemas";
import { getHomeProvince, setHomeProvince } from "./settings.queries";

export const settingsRouter = createRouter({
  get: protectedProcedure.query(async ({ ctx }) => ({ homeProvince: await getHomeProvince(ctx.db) })),
  /** An admin may choose a province inside their own jurisdiction (a national admin: any). */
  setHomeProvince: adminProcedure.input(setHomeProvinceSchema).mutation(async ({ ctx, input }) => {
    if (!isWithin(input.code, ctx.viewer.jurisdiction)) throw fieldError("code", "errors.outsideJurisdiction");
    const [province] = await ctx.db.select({ code: areas.code }).from(areas).where(and(eq(areas.code, input.code), eq(areas.level, 1)));
    if (!province) throw fieldError("code", "errors.province");
    await setHomeProvince(ctx.db, input.code);
    await recordAudit(ctx.db, { actorId: ctx.viewer.userId, action: "settings.home_province", ip: ctx.ip, details: { code: input.code } });
    return { homeProvince: input.code };
  }),
});
