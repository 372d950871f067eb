import type { Metadata } from "next";
import { filterYears } from "@/lib/time-zone";
import { getTranslator } from "@/server/i18n/locale";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/server/auth/session";
import { serverCaller } from "../../_trpc/server";
import { activityFiltersFromSearch } from "./_lib";
import { ActivityFilters } from "./_components/activity-filters";
import { ActivityList } from "./_components/activity-list";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("government.nav") };
}

type Search = Record<string, string | string[] | undefined>;

export default async function GovernmentPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireViewer();
  const { t, timeZone } = await getTranslator();
  const sp = await searchParams;
  const input = { ...activityFiltersFromSearch(sp), pageSize: 20 };
  const isStaff = viewer.role === "admin" || viewer.role === "reviewer";
  // Forum members and regency staff start in their jurisdiction; anyone may widen it.
  if (sp.area === undefined && viewer.role !== "officer" && viewer.jurisdiction !== "ID") input.area = viewer.jurisdiction;
  // An officer starts with the places of their company's programs; "all" widens to every area.
  const scope = viewer.role === "officer" ? (sp.scope === "all" ? "all" : "mine") : null;
  if (scope === "mine") input.mine = true;
  const api = await serverCaller();
  const { homeProvince } = await api.settings.get();
  const [regencies, data] = await Promise.all([api.areas.children({ parent: homeProvince }), api.government.list(input)]);
  const areaOptions = [{ code: homeProvince, name: t("government.filters.allAreas") }, ...regencies];
  return (
    <>
      <PageHeader
        title={isStaff ? t("government.title") : t("government.titleAudience")}
        description={isStaff ? t("government.subtitleStaff") : t("government.subtitleAudience")}
        actions={
          isStaff ? (
            <>
              <LinkButton href="/government/new">{t("government.add")}</LinkButton>
              <LinkButton href="/government/import" variant="secondary">
                {t("government.import")}
              </LinkButton>
            </>
          ) : null
        }
      />
      <ActivityFilters input={input} areas={areaOptions} years={filterYears(timeZone, 8)} scope={scope} />
      <ActivityList data={data} search={sp} />
    </>
  );
}
