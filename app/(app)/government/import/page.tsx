import type { Metadata } from "next";
import Link from "next/link";
import { getTranslator } from "@/server/i18n/locale";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/session";
import { GovernmentImport } from "./government-import";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("government.importPage.title") };
}

export default async function GovernmentImportPage() {
  await requireRole("admin", "reviewer");
  const { t } = await getTranslator();
  return (
    <div className="mx-auto max-w-5xl">
      <nav className="mb-4 text-sm">
        <Link href="/government" className="text-brand-700 hover:underline">
          ← {t("government.nav")}
        </Link>
      </nav>
      <PageHeader title={t("government.importPage.title")} description={t("government.importPage.subtitle")} />
      <GovernmentImport />
    </div>
  );
}
