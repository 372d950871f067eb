import type { Metadata } from "next";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { formatNumber } from "@/lib/format";
import { getTranslator } from "@/server/i18n/locale";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/session";
import { HydrateClient, getQueryClient, trpc } from "../../../../_trpc/server";
import { fetchHomeProvince } from "../../../programs/_lib";
import { NeedForm } from "../../_components/need-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("needs.editTitle") };
}

/** The need for the page; not found (or not visible) becomes the 404 page. */
async function fetchNeedOr404(id: string) {
  try {
    return await getQueryClient().fetchQuery(trpc.needs.byId.queryOptions({ id }));
  } catch (err) {
    if (err instanceof TRPCError && (err.code === "NOT_FOUND" || err.code === "BAD_REQUEST")) notFound();
    throw err;
  }
}

export default async function EditNeedPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("reviewer", "admin");
  const { id } = await params;
  const need = await fetchNeedOr404(id);
  // A need of a wider office, or a closed one, has no edit page.
  if (!need.permissions.canEdit) notFound();
  const { t } = await getTranslator();
  const home = await fetchHomeProvince();
  return (
    <HydrateClient>
      <div className="mx-auto max-w-4xl">
        <PageHeader title={t("needs.editTitle")} description={need.title} />
        <NeedForm
          homeProvince={home.code}
          homeProvinceName={home.name}
          existing={{ id: need.id, version: need.version }}
          initial={{
            title: need.title,
            description: need.description,
            sector: need.sector,
            targetGroup: need.targetGroup,
            area: need.area,
            budget: formatNumber(need.estimatedBudgetIdr),
            source: need.source,
            sourceNote: need.sourceNote ?? "",
            allowCofunding: need.allowCofunding,
          }}
        />
      </div>
    </HydrateClient>
  );
}
