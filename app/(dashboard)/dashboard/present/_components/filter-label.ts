import "server-only";
import type { Translate } from "@/lib/i18n/translate";
import type { DashboardFilters } from "@/server/dashboard/dashboard.schemas";
import { getQueryClient, trpc } from "../../../../_trpc/prefetch";
import { describeFilters } from "../../_components/filter-words";
import { findSelectedCompany } from "@/app/(app)/_components/selected-company";

/** The active filters in words (`Tahun 2026 · Kesehatan · Kutai Timur`), or "all programs" when none. */
export async function describeSlideFilters(f: DashboardFilters, t: Translate): Promise<string> {
  const qc = getQueryClient();
  const [areas, company] = await Promise.all([
    f.area ? qc.fetchQuery(trpc.areas.describe.queryOptions({ codes: [f.area] })) : [],
    findSelectedCompany(f.companyId),
  ]);
  return describeFilters(f, { area: areas[0], companyName: company?.name }, t) ?? t("present.allData");
}
