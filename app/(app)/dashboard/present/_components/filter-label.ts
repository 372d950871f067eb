import "server-only";
import type { Translate } from "@/components/i18n/translate";
import type { DashboardFilters } from "@/server/dashboard/dashboard.schemas";
import { getQueryClient, trpc } from "../../../../_trpc/server";

/** The active filters in words (`Tahun 2026 · Kesehatan · Kutai Timur`), or "all programs" when none. */
export async function describeFilters(f: DashboardFilters, t: Translate): Promise<string> {
  const qc = getQueryClient();
  const [area, company] = await Promise.all([
    f.area ? qc.fetchQuery(trpc.areas.describe.queryOptions({ codes: [f.area] })).then((rows) => rows[0]?.name ?? f.area) : null,
    f.companyId
      ? qc.fetchQuery(trpc.companies.options.queryOptions()).then((rows) => rows.find((c) => c.id === f.companyId)?.name ?? null)
      : null,
  ]);
  const parts = [
    f.year ? t("present.filterYear", { year: f.year }) : null,
    f.sector ? t(`sectors.${f.sector}`) : null,
    area,
    company,
    f.status ? t(`statuses.${f.status}`) : null,
  ].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(" · ") : t("present.allData");
}
