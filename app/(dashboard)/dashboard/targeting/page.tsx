import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslator } from "@/server/i18n/locale";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/session";
import { filtersToSearch } from "@/server/dashboard/dashboard.schemas";
import { targetingInputFromSearch } from "@/server/targeting/targeting.schemas";
import { yearIn } from "@/lib/time-zone";
import { HydrateClient, getQueryClient, trpc } from "../../../_trpc/server";
import { companyFilterValue } from "@/app/(app)/_components/selected-company";
import { TargetingFilters } from "./_components/targeting-filters";
import { RegistryShares } from "./_components/registry-shares";
import { TargetingReport } from "./_components/targeting-report";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("targeting.title") };
}

type Search = Record<string, string | string[] | undefined>;

/** Where CSR money goes against BPS poverty figures: blank spots and pile-ups, for the forum's meetings. */
export default async function TargetingPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireRole("viewer", "reviewer", "admin");
  if (viewer.role === "officer") notFound(); // already refused by requireRole; narrows the type
  const { t, timeZone } = await getTranslator();
  const input = targetingInputFromSearch(await searchParams);
  const qc = getQueryClient();
  const [areas, company] = await Promise.all([
    qc.fetchQuery(trpc.areas.children.queryOptions({ parent: viewer.jurisdiction })),
    companyFilterValue(input.companyId),
    qc.prefetchQuery(trpc.targeting.view.queryOptions(input)),
  ]);
  const lastYear = yearIn(timeZone) + 1;
  return (
    <HydrateClient>
      <PageHeader
        title={t("targeting.title")}
        description={t("targeting.subtitle")}
        actions={
          <LinkButton href={`/dashboard?${filtersToSearch(input)}`} variant="secondary">
            {t("targeting.backToDashboard")}
          </LinkButton>
        }
      />
      <TargetingFilters areas={areas} company={company} years={Array.from({ length: lastYear - 2015 }, (_, i) => lastYear - i)} />
      <TargetingReport input={input} />
      <div className="mt-6">
        <RegistryShares />
      </div>
    </HydrateClient>
  );
}
