import "server-only";
import { forbidden, notFound } from "@/server/errors";
import { createRouter, protectedProcedure } from "@/server/trpc/init";
import { findOwnImportJob } from "./imports.queries";
import { importJobIdSchema, startImportSchema } from "./imports.schemas";
import { resolveImporter, startImport } from "./imports.service";

/** Officers (for their own company) and admins (for the companies they manage); checked before the upload is read. */
const importerProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.viewer.role !== "officer" && ctx.viewer.role !== "admin") throw forbidden();
  return next();
});

export const importsRouter = createRouter({
  start: importerProcedure
    .input(startImportSchema)
    .mutation(async ({ ctx, input }) => startImport(ctx, await resolveImporter(ctx.db, ctx.viewer), input)),

  /** Progress of a job, for its creator only: anyone else's job is not found. */
  status: protectedProcedure.input(importJobIdSchema).query(async ({ ctx, input }) => {
    const job = await findOwnImportJob(ctx.db, ctx.viewer.userId, input.id);
    if (!job) throw notFound();
    return job;
  }),
});
