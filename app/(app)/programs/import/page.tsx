import type { Metadata } from "next";
import { getTranslator } from "@/server/i18n/locale";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/session";
import { ImportUploader } from "./_components/import-uploader";
import { TemplateDownloads } from "./_components/template-downloads";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("imports.title") };
}

/** Bulk import from a spreadsheet: officers for their company, admins for the companies they manage. */
export default async function ImportProgramsPage() {
  const viewer = await requireRole("officer", "admin");
  const { t } = await getTranslator();
  const isOfficer = viewer.role === "officer";
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <PageHeader title={t("imports.title")} description={isOfficer ? t("imports.subtitleOfficer") : t("imports.subtitleAdmin")} />
      <TemplateDownloads isOfficer={isOfficer} />
      <ImportUploader isAdmin={!isOfficer} />
    </div>
  );
}
