import "server-only";
import { adminProcedure, createRouter, protectedProcedure } from "@/server/trpc/init";
import { companyOptionsSchema, createCompanySchema, listCompaniesSchema, updateCompanySchema } from "./companies.schemas";
import { listCompanyOptions, listManagedCompanies } from "./companies.queries";
import { createCompany, updateCompany } from "./companies.service";

export const companiesRouter = createRouter({
  /** Names for the company picker: a page of matches on the name, plus the ids asked for. */
  options: protectedProcedure.input(companyOptionsSchema).query(({ ctx, input }) => listCompanyOptions(ctx.db, ctx.viewer, input)),
  list: adminProcedure.input(listCompaniesSchema).query(({ ctx, input }) => listManagedCompanies(ctx.db, ctx.viewer, input.q)),
  create: adminProcedure.input(createCompanySchema).mutation(({ ctx, input }) => createCompany(ctx.db, ctx.viewer, input, ctx.ip)),
  update: adminProcedure.input(updateCompanySchema).mutation(({ ctx, input }) => updateCompany(ctx.db, ctx.viewer, input, ctx.ip)),
});
