import "server-only";
import { createRouter, protectedProcedure } from "@/server/trpc/init";
import { getHomeProvince } from "@/server/settings/settings.queries";
import { childAreasSchema, describeAreasSchema, searchAreasSchema } from "./areas.schemas";
import { describeAreas, listChildAreas, searchAreas } from "./areas.queries";

/** Public reference data (the Kemendagri hierarchy); any signed-in user may read it. */
export const areasRouter = createRouter({
  children: protectedProcedure.input(childAreasSchema).query(({ ctx, input }) => listChildAreas(ctx.db, input.parent)),
  search: protectedProcedure
    .input(searchAreasSchema)
    .query(async ({ ctx, input }) => searchAreas(ctx.db, input.q, input.within ?? (await getHomeProvince(ctx.db)))),
  describe: protectedProcedure.input(describeAreasSchema).query(({ ctx, input }) => describeAreas(ctx.db, input.codes)),
});
