import { routeHandler } from "@/server/http/guard";
import { exportLeftOutRows } from "@/server/imports/skipped.export";
import { previewIdSchema } from "@/server/imports/preview.schemas";

/**
 * The rows an import left out (skipped, refused, or waiting for a choice), as XLSX: the file's own
 * columns and a "masalah" column saying why, so the company can fix them and upload them again.
 * For the preview's creator only; anyone else's preview is not found.
 */
export const GET = routeHandler(
  "imports.skipped",
  {
    roles: ["officer", "admin"],
    input: ({ params }) => {
      const parsed = previewIdSchema.safeParse({ id: params.id });
      return parsed.success ? { ok: true, value: parsed.data.id } : { ok: false, message: "errors.notFound" };
    },
  },
  async (_req, { db, viewer, input: id }) => {
    const file = await exportLeftOutRows(db, viewer.userId, id);
    return new Response(file.body, {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="${file.filename}"`,
      },
    });
  },
);
