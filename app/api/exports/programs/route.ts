import { recordAudit } from "@/server/audit/audit";
import { exportPrograms } from "@/server/exports/programs.export";
import { routeHandler } from "@/server/http/guard";
import { programExportInput } from "@/server/http/search-input";

/** The filtered program list as CSV or XLSX, exactly the programs the signed-in user may see. */
export const GET = routeHandler(
  "exports.programs",
  { roles: ["admin", "reviewer", "officer", "viewer"], input: programExportInput },
  async (_req, { db, viewer, ip, locale, timeZone, input: { filters, format } }) => {
    const file = await exportPrograms(db, viewer, filters, format, locale, timeZone);
    await recordAudit(db, {
      actorId: viewer.userId,
      action: "program.export",
      ip,
      details: { format, rows: file.rows, truncated: file.truncated, filters },
    });
    return new Response(file.body, {
      headers: { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename="${file.filename}"` },
    });
  },
);
