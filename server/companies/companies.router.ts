import "server-only";
import { adminProcedure, createRouter, protectedProcedure } from "@/server/trpc/init";
import { createCompanySchema, listCompaniesSchema, updateCompanySchema } from "./companies.schemas";
import { listCompanyOptions, listManagedCompanies } from "./companies.queries";
import { createCompany, updateCompany } from "./companies.service";

export const companiesRouter = createRouter({
  /** Names for filter menus. */
  options: protectedProcedure.query(({ ctx }) => listCompanyOptions(ctx.db, ctx.viewer)),
  list: adminProcedure.input(listCompaniesSchema).query(({ ctx, input }) => listManagedCompanies(ctx.db, ctx.viewer, input.q)),
  create: adminProcedure.input(createCompanySchema).mutation(({ ctx, input }) => createCompany(ctx.db, ctx.viewer, input, ctx.ip)),
  update: adminProcedure.input(updateCompanySchema).mutation(({ ctx, input }) => updateCompany(ctx.db, ctx.viewer, input, ctx.ip)),
});
