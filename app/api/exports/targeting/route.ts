import { getLocale } from "@/components/i18n/locale";
import { recordAudit } from "@/server/audit/audit";
import { clientIp } from "@/server/auth/request-ip";
import { getViewer } from "@/server/auth/session";
import { getAppDatabase } from "@/server/db";
import { exportTargeting } from "@/server/exports/targeting.export";
import { getTargetingView } from "@/server/targeting/targeting.queries";
import { targetingInputFromSearch } from "@/server/targeting/targeting.schemas";

/** The targeting table as CSV or XLSX, for the dashboard's audience (viewers and staff); officers are refused. */
export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Unauthorized", { status: 401 });
  if (viewer.role === "officer") return new Response("Forbidden", { status: 403 });
  const url = new URL(request.url);
  const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const input = targetingInputFromSearch(Object.fromEntries(url.searchParams));
  const db = await getAppDatabase();
  const view = await getTargetingView(db, viewer, input);
  const file = await exportTargeting(view, format, await getLocale());
  await recordAudit(db, {
    actorId: viewer.userId,
    action: "targeting.export",
    ip: clientIp(request.headers),
    details: { format, rows: file.rows, focus: view.focus.code, filters: input },
  });
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
