import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Badge, statusTone } from "@/components/ui/badge";
import { requireViewer } from "@/server/auth/session";
import { getTranslator } from "@/server/i18n/locale";
import { fetchProgramOr404 } from "../../_lib";
import { BeneficiaryUpload } from "./beneficiary-upload";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("beneficiaries.page.title") };
}

/** The owning company's officer uploads the people a running or finished program reached (issue 12). */
export default async function ProgramBeneficiariesPage({ params }: Props) {
  const viewer = await requireViewer();
  const { id } = await params;
  const program = await fetchProgramOr404(id);
  if (viewer.role !== "officer" || viewer.companyId !== program.companyId) notFound();
  const { t } = await getTranslator();
  const canUpload = program.status === "in_progress" || program.status === "completed";
  return (
    <div className="mx-auto max-w-5xl">
      <nav className="mb-4 text-sm">
        <Link href={`/programs/${program.id}`} className="text-brand-700 hover:underline">
          ← {t("beneficiaries.page.back")}
        </Link>
      </nav>
      <div className="mb-6">
        <div className="mb-2 flex flex-wrap items-center gap-2">
          <Badge tone={statusTone(program.status)}>{t(`statuses.${program.status}`)}</Badge>
          <span className="font-mono text-xs text-slate-500">{program.ref}</span>
        </div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("beneficiaries.page.title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{program.title}</p>
        <p className="mt-3 max-w-3xl text-sm text-slate-700">{t("beneficiaries.page.intro")}</p>
      </div>
      {canUpload ? (
        <BeneficiaryUpload programId={program.id} />
      ) : (
        <Alert tone="info" label="not-running">
          {t("beneficiaries.page.notRunning")}
        </Alert>
      )}
    </div>
  );
}
