import "server-only";
import { forbidden, notFound } from "@/server/errors";
import { createRouter, protectedProcedure } from "@/server/trpc/init";
import { findOwnImportJob } from "./imports.queries";
import { importStatusSchema, startImportSchema } from "./imports.schemas";
import { resolveImporter } from "./imports.service";
import { confirmPreview, fixPreviewRow, startImport } from "./preview-actions";
import { confirmImportSchema, fixPreviewRowSchema, getPreviewSchema, previewImportSchema } from "./preview.schemas";
import { getPreview, startPreview } from "./preview.service";
import { listImportedPrograms } from "./preview.store";

/** Officers (for their own company) and admins (for the companies they manage); checked before the upload is read. */
const importerProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.viewer.role !== "officer" && ctx.viewer.role !== "admin") throw forbidden();
  return next();
});

/** Rows of a finished import listed per page of `imports.status`. */
const CREATED_PAGE = 500;

export const importsRouter = createRouter({
  /** One step: every row checked, then submitted at once when none has a problem. */
  start: importerProcedure
    .input(startImportSchema)
    .mutation(async ({ ctx, input }) => startImport(ctx, await resolveImporter(ctx.db, ctx.viewer), input)),

  /** Reads an upload into a preview; nothing is saved as a program before `confirm`. */
  preview: importerProcedure
    .input(previewImportSchema)
    .mutation(async ({ ctx, input }) => startPreview(ctx, await resolveImporter(ctx.db, ctx.viewer), input)),

  /** A page of a preview, for its creator only: anyone else's preview is not found. */
  getPreview: importerProcedure.input(getPreviewSchema).query(({ ctx, input }) => getPreview(ctx.db, ctx.viewer.userId, input)),

  fixRow: importerProcedure.input(fixPreviewRowSchema).mutation(({ ctx, input }) => fixPreviewRow(ctx.db, ctx.viewer.userId, input)),

  confirm: importerProcedure.input(confirmImportSchema).mutation(({ ctx, input }) => confirmPreview(ctx.db, ctx.viewer.userId, input)),

  /** Progress of a job and, once done, the programs it saved; for its creator only. */
  status: protectedProcedure.input(importStatusSchema).query(async ({ ctx, input }) => {
    const job = await findOwnImportJob(ctx.db, ctx.viewer.userId, input.id);
    if (!job) throw notFound();
    const created = await listImportedPrograms(ctx.db, job.id, input.page, CREATED_PAGE);
    // `createdTotal`: every program saved (listed by page); `totals`: of them, new and updated, across all pages.
    return {
      ...job,
      created: created.created,
      createdTotal: created.total,
      totals: created.totals,
      createdPage: input.page,
      createdPageSize: CREATED_PAGE,
    };
  }),
});
