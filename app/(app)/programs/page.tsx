import type { Metadata } from "next";
import { filterYears } from "@/lib/time-zone";
import { getTranslator } from "@/server/i18n/locale";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/server/auth/session";
import { listInputFromSearch } from "@/server/programs/programs.schemas";
import { HydrateClient, getQueryClient, serverCaller, trpc } from "../../_trpc/server";
import { companyFilterValue } from "../_components/selected-company";
import { ProgramFilters } from "./_components/program-filters";
import { ProgramList } from "./_components/program-list";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("programs.listTitle") };
}

type Search = Record<string, string | string[] | undefined>;


export default async function ProgramsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireViewer();
  const { t, timeZone } = await getTranslator();
  const input = { ...listInputFromSearch(await searchParams), pageSize: 20 };
  const qc = getQueryClient();
  const api = await serverCaller();
  // Only the list goes to the browser's cache (the list re-reads it as filters change); the
  // filters' options are props (of the companies, only the one in the URL: the picker searches the rest).
  const [{ homeProvince }] = await Promise.all([api.settings.get(), qc.prefetchQuery(trpc.programs.list.queryOptions(input))]);
  const [regencies, company] = await Promise.all([api.areas.children({ parent: homeProvince }), companyFilterValue(input.companyId)]);
  const isOfficer = viewer.role === "officer";
  return (
    <HydrateClient>
      <PageHeader
        title={t("programs.listTitle")}
        description={isOfficer ? t("programs.listSubtitleOfficer") : t("programs.listSubtitle")}
        actions={
          isOfficer || viewer.role === "admin" ? (
            <>
              {isOfficer ? <LinkButton href="/programs/new">{t("nav.newProgram")}</LinkButton> : null}
              <LinkButton href="/programs/import" variant="secondary">
                {t("imports.button")}
              </LinkButton>
            </>
          ) : null
        }
      />
      <ProgramFilters regencies={regencies} company={company} years={filterYears(timeZone, 6)} isOfficer={isOfficer} />
      <ProgramList input={input} isOfficer={isOfficer} />
    </HydrateClient>
  );
}
