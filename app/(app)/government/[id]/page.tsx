import type { Metadata } from "next";
import Link from "next/link";
import { areaContext, areaName } from "@/lib/areas/area-label";
import { formatDate, formatDateTime, formatPeriod } from "@/lib/format";
import { beneficiariesLabel, budgetLabel, targetGroupLabel } from "@/lib/program-labels";
import { getTranslator } from "@/server/i18n/locale";
import { requireViewer } from "@/server/auth/session";
import { writeRefusal } from "@/server/government/government.service";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardSection } from "@/components/ui/card";
import { fetchActivityOr404 } from "../_lib";
import { ActivityActions } from "./activity-actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("government.title") };
}

export default async function GovernmentActivityPage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const { id } = await params;
  const { saved } = await searchParams;
  const a = await fetchActivityOr404(id);
  const { t, locale } = await getTranslator();
  // Edit and delete only for staff who cover every place of the activity (the service says the same).
  const canWrite =
    viewer.role !== "officer" &&
    writeRefusal(
      viewer,
      a.areas.map((x) => x.code),
    ) === null;
  const nomenclature = (
    [
      [t("government.fields.programName"), a.programCode, a.programName],
      [t("government.fields.kegiatanName"), a.kegiatanCode, a.kegiatanName],
      [t("government.fields.subKegiatanName"), a.subKegiatanCode, a.subKegiatanName],
    ] as const
  ).filter(([, code, name]) => code || name);
  const facts: [string, React.ReactNode][] = [
    [t("government.fields.agency"), a.agency],
    [t("government.fields.funding"), t(`governmentFundings.${a.funding}`)],
    [t("programs.fields.sector"), t(`sectors.${a.sector}`)],
    [t("programs.detail.targetGroup"), targetGroupLabel(t, a)],
    [t("programs.detail.period"), formatPeriod(a.startDate, a.endDate, locale)],
    [t("programs.detail.budget"), budgetLabel(t, a.budgetIdr)],
    [t("government.fields.beneficiaries"), beneficiariesLabel(t, a.plannedBeneficiaries)],
    [
      t("government.fields.ref"),
      <span key="ref" className="font-mono">
        {a.ref}
      </span>,
    ],
    [
      t("government.detail.source"),
      a.sourceDate ? t("government.detail.sourceLine", { name: a.sourceName, date: formatDate(a.sourceDate, locale) }) : a.sourceName,
    ],
    [t("programs.detail.updatedAt"), formatDateTime(a.updatedAt, locale)],
  ];
  return (
    <div className="mx-auto max-w-5xl">
      <nav className="mb-4 text-sm">
        <Link href="/government" className="text-brand-700 hover:underline">
          ← {t("government.nav")}
        </Link>
      </nav>
      {saved ? (
        <Alert tone="success" label="saved" className="mb-4">
          {t("government.saved")}
        </Alert>
      ) : null}
      <div className="mb-6 flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <div className="mb-2 flex flex-wrap items-center gap-2">
            <Badge tone="violet">{t(`governmentFundings.${a.funding}`)}</Badge>
            <Badge tone="teal">{t(`sectors.${a.sector}`)}</Badge>
            {a.isDemo ? <Badge tone="amber">{t("government.demo")}</Badge> : null}
          </div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{a.title}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {a.agency} · {formatPeriod(a.startDate, a.endDate, locale)}
          </p>
        </div>
        {canWrite ? <ActivityActions id={a.id} version={a.version} code={a.ref} agency={a.agency} /> : null}
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardSection title={t("programs.detail.description")}>
            <p className="whitespace-pre-line text-sm leading-relaxed text-slate-800">{a.description}</p>
          </CardSection>
          <CardSection title={t("government.detail.nomenclature")}>
            {nomenclature.length === 0 ? (
              <p className="text-sm text-slate-500">{t("government.detail.noNomenclature")}</p>
            ) : (
              <dl className="space-y-2 text-sm">
                {nomenclature.map(([label, code, name]) => (
                  <div key={label}>
                    <dt className="text-xs text-slate-500">{label}</dt>
                    <dd className="text-slate-900">
                      {code ? <span className="mr-2 font-mono text-xs text-slate-600">{code}</span> : null}
                      {name}
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </CardSection>
          {a.supportedBy.length > 0 ? (
            <CardSection title={t("government.detail.supportedBy")}>
              <ul className="space-y-1 text-sm" data-testid="activity-supported-by">
                {a.supportedBy.map((p) => (
                  <li key={p.id}>
                    <Link href={`/programs/${p.id}`} className="font-medium text-brand-700 hover:underline">
                      {p.title}
                    </Link>
                    <span className="text-slate-500">
                      {" "}
                      · {p.companyName} · {t(`statuses.${p.status}`)}
                    </span>
                  </li>
                ))}
              </ul>
            </CardSection>
          ) : null}
          <CardSection title={t("programs.detail.areas")}>
            <ul className="space-y-2" data-testid="activity-areas">
              {a.areas.map((x) => (
                <li key={x.code} className="text-sm">
                  <span className="font-medium text-slate-900">{areaName(x, t)}</span>
                  {areaContext(x, t) ? <span className="text-slate-500"> · {areaContext(x, t)}</span> : null}
                  <span className="ml-2 font-mono text-xs text-slate-500">{x.code}</span>
                </li>
              ))}
            </ul>
          </CardSection>
        </Card>
        <Card>
          <dl className="divide-y divide-slate-100">
            {facts.map(([k, v]) => (
              <div key={k} className="grid grid-cols-5 gap-3 px-4 py-3 text-sm">
                <dt className="col-span-2 text-slate-500">{k}</dt>
                <dd className="col-span-3 break-words text-slate-900">{v}</dd>
              </div>
            ))}
          </dl>
        </Card>
      </div>
    </div>
  );
}
