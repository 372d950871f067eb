import "server-only";
import { createRouter, officerProcedure } from "@/server/trpc/init";
import { officerHome } from "./home.queries";

export const homeRouter = createRouter({
  /** The officer's start page: their company's to-dos, programs, compliance and collaborations. */
  officer: officerProcedure.query(({ ctx }) => officerHome(ctx.db, ctx.viewer)),
});
