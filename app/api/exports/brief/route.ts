import { describeAreas } from "@/server/areas/areas.queries";
import { recordAudit } from "@/server/audit/audit";
import { profileOf } from "@/server/auth/session";
import { getBrief } from "@/server/brief/brief";
import { listCompanyOptions } from "@/server/companies/companies.queries";
import { briefPdfFilename, renderBriefPdf } from "@/server/exports/brief.pdf";
import { routeHandler } from "@/server/http/guard";
import { briefExportInput } from "@/server/http/search-input";
import { getOfficeName } from "@/server/settings/settings.queries";
import { describeFilters } from "@/app/(dashboard)/dashboard/_components/filter-words";

/** The meeting brief as a PDF, for the dashboard's audience (viewers and staff); officers are refused. */
export const GET = routeHandler(
  "exports.brief",
  { roles: ["admin", "reviewer", "viewer"], input: briefExportInput },
  async (_req, { db, viewer, ip, locale, t, timeZone, input }) => {
    const [brief, profile, [area], companies, officeName] = await Promise.all([
      getBrief(db, viewer, input, timeZone),
      profileOf(db, viewer),
      describeAreas(db, input.area ? [input.area] : []),
      input.companyId ? listCompanyOptions(db, viewer) : Promise.resolve([]),
      getOfficeName(db),
    ]);
    const companyName = companies.find((c) => c.id === input.companyId)?.name;
    const pdf = await renderBriefPdf(brief, t, locale, {
      scope: profile.scopeName ?? t("common.national"),
      filters: describeFilters(input, { area, companyName }, t),
      officeName,
    });
    await recordAudit(db, {
      actorId: viewer.userId,
      action: "brief.export",
      ip,
      details: { format: "pdf", from: input.from, to: input.to, filters: brief.filters, bytes: pdf.length },
    });
    return new Response(new Uint8Array(pdf), {
      headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${briefPdfFilename(brief)}"` },
    });
  },
);
