import { routeHandler } from "@/server/http/guard";
import { buildCsvTemplate, buildXlsxTemplate, isTemplateFile, TEMPLATE_FILES } from "@/server/imports/templates";
import { listTemplateAreas } from "@/server/imports/templates.queries";
import { getHomeProvince } from "@/server/settings/settings.queries";

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/**
 * The import templates, for signed-in users only (like every page of the app). An unknown file is
 * not found. The XLSX lists the areas of the forum's home province (public reference data), an
 * officer's own company's areas first.
 */
export const GET = routeHandler(
  "templates",
  {
    roles: ["admin", "reviewer", "officer", "viewer"],
    input: ({ params }) => (typeof params.file === "string" ? { ok: true, value: params.file } : { ok: false, message: "errors.notFound" }),
  },
  async (_req, { db, viewer, input: file, t }) => {
    if (!isTemplateFile(file)) return new Response(t("errors.notFound"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    const spec = TEMPLATE_FILES[file];
    const body =
      spec.format === "csv"
        ? buildCsvTemplate(spec.lang)
        : await buildXlsxTemplate(spec.lang, { areas: await listTemplateAreas(db, await getHomeProvince(db), viewer.companyId) });
    return new Response(body, {
      headers: {
        "Content-Type": CONTENT_TYPES[spec.format],
        "Content-Disposition": `attachment; filename="${file}"`,
        "Cache-Control": "private, no-store",
      },
    });
  },
);
