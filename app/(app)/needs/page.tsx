import type { Metadata } from "next";
import { getTranslator } from "@/server/i18n/locale";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/server/auth/session";
import { listNeedsSchema, type ListNeedsInput } from "@/server/needs/needs.schemas";
import { HydrateClient, getQueryClient, trpc } from "../../_trpc/server";
import { NeedFilters } from "./_components/need-filters";
import { NeedGaps } from "./_components/need-gaps";
import { NeedList } from "./_components/need-list";
import { NeedTabs } from "./_components/need-tabs";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("needs.title") };
}

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** Reads the catalogue's filters from the URL; anything invalid is simply dropped. */
function inputFromSearch(sp: Search): ListNeedsInput {
  const raw = {
    id: one(sp.id),
    q: one(sp.q),
    sector: one(sp.sector),
    area: one(sp.area),
    status: one(sp.status),
    mine: one(sp.mine) === "1" || undefined,
    page: one(sp.page) ? Number(one(sp.page)) : undefined,
  };
  const clean = Object.fromEntries(
    Object.entries(raw).filter(([k, v]) => v !== undefined && listNeedsSchema.shape[k as keyof typeof raw].safeParse(v).success),
  );
  return { ...clean, pageSize: 20 };
}

export default async function NeedsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireViewer();
  const { t } = await getTranslator();
  const sp = await searchParams;
  const isOfficer = viewer.role === "officer";
  const canPublish = viewer.role === "reviewer" || viewer.role === "admin";
  const tab = !isOfficer && one(sp.tab) === "gaps" ? "gaps" : "catalogue";
  const input = inputFromSearch(sp);
  const qc = getQueryClient();
  const { homeProvince } = await qc.fetchQuery(trpc.settings.get.queryOptions());
  const [regencies, gaps] = await Promise.all([
    qc.fetchQuery(trpc.areas.children.queryOptions({ parent: homeProvince })),
    isOfficer ? null : qc.fetchQuery(trpc.needs.gaps.queryOptions({})),
    tab === "catalogue" ? qc.prefetchQuery(trpc.needs.list.queryOptions(input)) : null,
    isOfficer ? qc.prefetchQuery(trpc.needs.linkablePrograms.queryOptions()) : null,
  ]);
  return (
    <HydrateClient>
      <PageHeader
        title={t("needs.title")}
        description={isOfficer ? t("needs.subtitleOfficer") : t("needs.subtitleStaff")}
        actions={canPublish ? <LinkButton href="/needs/new">{t("needs.publish")}</LinkButton> : null}
      />
      {one(sp.saved) === "new" || one(sp.saved) === "edit" ? (
        <Alert tone="success" label="need-saved" className="mb-4">
          {one(sp.saved) === "new" ? t("needs.published") : t("needs.saved")}
        </Alert>
      ) : null}
      {gaps ? (
        <NeedTabs
          label={t("needs.title")}
          tabs={[
            { href: "/needs", label: t("needs.tabs.catalogue"), active: tab === "catalogue" },
            { href: "/needs?tab=gaps", label: `${t("needs.tabs.gaps")} (${gaps.total})`, active: tab === "gaps" },
          ]}
        />
      ) : null}
      {tab === "gaps" ? (
        <NeedGaps />
      ) : (
        <>
          <NeedFilters regencies={regencies} isOfficer={isOfficer} />
          <NeedList input={input} />
        </>
      )}
    </HydrateClient>
  );
}
