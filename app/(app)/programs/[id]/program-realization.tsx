import { beneficiariesLabel, budgetLabel } from "@/lib/program-labels";
import { formatDateTime, formatNumber, formatRupiah } from "@/lib/format";
import { getTranslator } from "@/server/i18n/locale";
import { Card, CardSection } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { ProgramStatus, Role } from "@/lib/enums";
import { canReportRealization, REPORTABLE_STATUSES } from "@/server/realization/realization.rules";
import { RealizationForm } from "./realization-form";

interface Props {
  program: {
    id: string;
    version: number;
    companyId: string;
    status: ProgramStatus;
    budgetIdr: number | null;
    plannedBeneficiaries: number | null;
    reachedBeneficiaries: number | null;
    realizedBudgetIdr: number | null;
    realizedAt: Date | null;
  };
  viewer: { role: Role; companyId: string | null };
}

const percentOf = (value: number, plan: number | null) => (plan !== null && plan > 0 ? Math.round((value / plan) * 100) : null);

/**
 * What a running or completed program delivered, against its plan, for everyone who can see the
 * program; the owning company also gets the form to report it, and, while the program is approved
 * but not started, is told that starting it comes first.
 */
export async function ProgramRealization({ program, viewer }: Props) {
  const isReported = program.realizedAt !== null;
  const { t, locale, timeZone } = await getTranslator();
  const isOwner = viewer.role === "officer" && viewer.companyId === program.companyId;
  if (!REPORTABLE_STATUSES.includes(program.status) && !isReported) {
    if (!isOwner || program.status !== "approved") return null;
    return (
      <Card data-testid="program-realization">
        <CardSection title={t("realization.title")} description={t("realization.description")}>
          <p className="text-sm text-slate-600" data-testid="realization-start-first">
            {t("realization.startFirst")}
          </p>
        </CardSection>
      </Card>
    );
  }
  const reached = program.reachedBeneficiaries ?? 0;
  const realized = program.realizedBudgetIdr ?? 0;
  const rows = [
    {
      key: "beneficiaries",
      label: t("realization.beneficiaries"),
      value: t("realization.beneficiariesOf", { reached: formatNumber(reached), planned: beneficiariesLabel(t, program.plannedBeneficiaries) }),
      percent: percentOf(reached, program.plannedBeneficiaries),
    },
    {
      key: "budget",
      label: t("realization.budget"),
      value: t("realization.budgetOf", { realized: formatRupiah(realized), planned: budgetLabel(t, program.budgetIdr) }),
      percent: percentOf(realized, program.budgetIdr),
    },
  ];
  return (
    <Card data-testid="program-realization">
      <CardSection title={t("realization.title")} description={t("realization.description")}>
        {isReported ? (
          <div className="space-y-4">
            {rows.map((r) => (
              <div key={r.key} data-testid={`realization-${r.key}`}>
                <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
                  <span className="font-medium text-slate-800">{r.label}</span>
                  <span className="tabular-nums text-slate-700">
                    {r.value}
                    {r.percent !== null ? ` (${r.percent}%)` : ""}
                  </span>
                </div>
                {r.percent !== null ? (
                  <ProgressBar percent={r.percent} label={t("realization.progressLabel", { name: r.label, n: r.percent })} className="mt-2" />
                ) : null}
              </div>
            ))}
            {program.realizedAt ? (
              <p className="text-xs text-slate-500">{t("realization.reportedAt", { date: formatDateTime(program.realizedAt, locale, timeZone) })}</p>
            ) : null}
          </div>
        ) : (
          <p className="text-sm text-slate-600">{t("realization.notReported")}</p>
        )}
        {canReportRealization(viewer, program) ? (
          <RealizationForm
            id={program.id}
            version={program.version}
            isReported={isReported}
            initial={{ reachedBeneficiaries: program.reachedBeneficiaries, realizedBudgetIdr: program.realizedBudgetIdr }}
          />
        ) : null}
      </CardSection>
    </Card>
  );
}
