import { recordAudit } from "@/server/audit/audit";
import { exportChart } from "@/server/exports/dashboard.export";
import { routeHandler } from "@/server/http/guard";
import { chartExportInput } from "@/server/http/search-input";

/** One chart's data as CSV or XLSX, for forum members and Dinas Sosial staff. */
export const GET = routeHandler(
  "exports.dashboard",
  { roles: ["admin", "reviewer", "viewer"], input: chartExportInput },
  async (_req, { db, viewer, ip, locale, timeZone, input: { chart, filters, format } }) => {
    const file = await exportChart(db, viewer, chart, filters, format, locale, timeZone);
    await recordAudit(db, { actorId: viewer.userId, action: "dashboard.export", ip, details: { chart, format, rows: file.rows, filters } });
    return new Response(file.body, {
      headers: { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename="${file.filename}"` },
    });
  },
);
