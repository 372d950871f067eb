import { recordAudit } from "@/server/audit/audit";
import { exportTargeting } from "@/server/exports/targeting.export";
import { routeHandler } from "@/server/http/guard";
import { targetingExportInput } from "@/server/http/search-input";
import { getTargetingView } from "@/server/targeting/targeting.queries";

/** The targeting table as CSV or XLSX, for the dashboard's audience (viewers and staff); officers are refused. */
export const GET = routeHandler(
  "exports.targeting",
  { roles: ["admin", "reviewer", "viewer"], input: targetingExportInput },
  async (_req, { db, viewer, ip, locale, input: { view: input, format } }) => {
    const view = await getTargetingView(db, viewer, input);
    const file = await exportTargeting(view, format, locale);
    await recordAudit(db, {
      actorId: viewer.userId,
      action: "targeting.export",
      ip,
      details: { format, rows: file.rows, focus: view.focus.code, filters: input },
    });
    return new Response(file.body, {
      headers: { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename="${file.filename}"` },
    });
  },
);
