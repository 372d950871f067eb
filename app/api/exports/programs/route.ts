import { getLocale } from "@/components/i18n/locale";
import { recordAudit } from "@/server/audit/audit";
import { clientIp } from "@/server/auth/request-ip";
import { getViewer } from "@/server/auth/session";
import { getAppDatabase } from "@/server/db";
import { exportPrograms } from "@/server/exports/programs.export";
import { listInputFromSearch } from "@/server/programs/programs.schemas";

/** The filtered program list as CSV or XLSX, exactly the programs the signed-in user may see. */
export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Unauthorized", { status: 401 });
  const url = new URL(request.url);
  const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const filters = listInputFromSearch(Object.fromEntries(url.searchParams));
  const db = await getAppDatabase();
  const file = await exportPrograms(db, viewer, filters, format, await getLocale());
  await recordAudit(db, {
    actorId: viewer.userId,
    action: "program.export",
    ip: clientIp(request.headers),
    details: { format, rows: file.rows, truncated: file.truncated, filters },
  });
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
