import type { Metadata } from "next";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { getTranslator } from "@/server/i18n/locale";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/session";
import { HydrateClient, getQueryClient, trpc } from "../../../../_trpc/server";
import { PREVIEW_PAGE_SIZE, programsListHref } from "@/lib/imports/preview-plan";
import { PreviewView } from "../_components/preview-view";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("imports.preview.title") };
}

/** One upload's preview: every row before anything is saved, the questions, the confirm, then the result. */
export default async function ImportPreviewPage({ params }: Props) {
  const viewer = await requireRole("officer", "admin");
  const { id } = await params;
  const { t } = await getTranslator();
  let companyId: string | null;
  try {
    ({ companyId } = await getQueryClient().fetchQuery(trpc.imports.getPreview.queryOptions({ id, filter: "all", page: 1, pageSize: PREVIEW_PAGE_SIZE })));
  } catch (err) {
    // Someone else's preview, an expired one, or a malformed id: all read as not found.
    if (err instanceof TRPCError && (err.code === "NOT_FOUND" || err.code === "BAD_REQUEST")) notFound();
    throw err;
  }
  // Officers see their company's programs; an admin who imported on a company's behalf, that company's.
  const programsHref = programsListHref(viewer.role, companyId);
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <PageHeader title={t("imports.preview.title")} />
      <HydrateClient>
        <PreviewView previewId={id} programsHref={programsHref} />
      </HydrateClient>
    </div>
  );
}
