import { getTranslator } from "@/components/i18n/locale";
import { translateServerKey } from "@/lib/i18n/translate";
import { describeAreas } from "@/server/areas/areas.queries";
import { recordAudit } from "@/server/audit/audit";
import { clientIp } from "@/server/auth/request-ip";
import { getViewer, getViewerProfile } from "@/server/auth/session";
import { getBrief } from "@/server/brief/brief";
import { briefInputFromSearch } from "@/server/brief/brief.schemas";
import { listCompanyOptions } from "@/server/companies/companies.queries";
import { getAppDatabase } from "@/server/db";
import { briefPdfFilename, renderBriefPdf } from "@/server/exports/brief.pdf";
import { describeFilters } from "@/app/(app)/dashboard/_components/filter-words";

/** The meeting brief as a PDF, for the dashboard's audience (viewers and staff); officers are refused. */
export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Unauthorized", { status: 401 });
  if (viewer.role === "officer") return new Response("Forbidden", { status: 403 });
  const { t, locale } = await getTranslator();
  const url = new URL(request.url);
  const { input, error } = briefInputFromSearch(Object.fromEntries(url.searchParams));
  // The page falls back to the default range; a download asked for a range it cannot have.
  if (error) {
    return new Response(translateServerKey(t, locale, error, "errors.invalid"), {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const db = await getAppDatabase();
  const [brief, profile, [area], companies] = await Promise.all([
    getBrief(db, viewer, input),
    getViewerProfile(),
    describeAreas(db, input.area ? [input.area] : []),
    input.companyId ? listCompanyOptions(db, viewer) : Promise.resolve([]),
  ]);
  const companyName = companies.find((c) => c.id === input.companyId)?.name;
  const pdf = await renderBriefPdf(brief, t, locale, {
    scope: profile?.scopeName ?? t("common.national"),
    filters: describeFilters(input, { area, companyName }, t),
  });
  await recordAudit(db, {
    actorId: viewer.userId,
    action: "brief.export",
    ip: clientIp(request.headers),
    details: { format: "pdf", from: input.from, to: input.to, filters: brief.filters, bytes: pdf.length },
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${briefPdfFilename(brief)}"`,
      "Cache-Control": "no-store",
    },
  });
}
