import { getLocale } from "@/components/i18n/locale";
import { recordAudit } from "@/server/audit/audit";
import { clientIp } from "@/server/auth/request-ip";
import { getViewer } from "@/server/auth/session";
import { CHARTS, dashboardFiltersSchema, type Chart } from "@/server/dashboard/dashboard.schemas";
import { getAppDatabase } from "@/server/db";
import { exportChart } from "@/server/exports/dashboard.export";
import { listInputFromSearch } from "@/server/programs/programs.schemas";

/** One chart's data as CSV or XLSX, for forum members and Dinas Sosial staff. */
export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Unauthorized", { status: 401 });
  if (viewer.role === "officer") return new Response("Forbidden", { status: 403 });
  const url = new URL(request.url);
  const chart = url.searchParams.get("chart") as Chart;
  if (!CHARTS.includes(chart)) return new Response("Unknown chart", { status: 400 });
  const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const all = listInputFromSearch(Object.fromEntries(url.searchParams));
  const filters = dashboardFiltersSchema.parse(Object.fromEntries(Object.entries(all).filter(([k]) => k in dashboardFiltersSchema.shape)));
  const db = await getAppDatabase();
  const file = await exportChart(db, viewer, chart, filters, format, await getLocale());
  await recordAudit(db, { actorId: viewer.userId, action: "dashboard.export", ip: clientIp(request.headers), details: { chart, format, rows: file.rows, filters } });
  return new Response(file.body, {
    headers: { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename="${file.filename}"`, "Cache-Control": "no-store" },
  });
}
