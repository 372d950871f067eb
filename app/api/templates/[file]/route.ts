import { getViewer } from "@/server/auth/session";
import { buildCsvTemplate, buildXlsxTemplate, isTemplateFile, TEMPLATE_FILES } from "@/server/imports/templates";

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** The import templates, for signed-in users only (like every page of the app). */
export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  if (!(await getViewer())) return new Response(null, { status: 401 });
  const { file } = await params;
  if (!isTemplateFile(file)) return new Response(null, { status: 404 });
  const spec = TEMPLATE_FILES[file];
  const body = spec.format === "csv" ? buildCsvTemplate(spec.lang) : await buildXlsxTemplate(spec.lang);
  return new Response(body, {
    headers: {
      "content-type": CONTENT_TYPES[spec.format],
      "content-disposition": `attachment; filename="${file}"`,
      "cache-control": "private, no-store",
    },
  });
}
