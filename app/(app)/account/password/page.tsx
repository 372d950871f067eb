import type { Metadata } from "next";
import { getTranslator } from "@/server/i18n/locale";
import { Alert } from "@/components/ui/alert";
import { Card, CardSection } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireSessionViewer } from "@/server/auth/session";
import { ChangePasswordForm } from "./change-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("account.title") };
}

/** Any signed-in user changes their own password; a user with an admin-set password lands here until they do. */
export default async function ChangePasswordPage() {
  const viewer = await requireSessionViewer();
  const { t } = await getTranslator();
  const isForced = viewer.mustChangePassword === true;
  const rules = [t("account.ruleLength"), t("account.ruleCommon"), t("account.ruleEmail"), t("account.ruleRepeat")];
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title={isForced ? t("account.forcedTitle") : t("account.title")} description={t("account.subtitle")} />
      {isForced ? (
        <Alert tone="warning" label="password-change-required" className="mb-6">
          {t("account.forcedBody")}
        </Alert>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <Card>
          <CardSection>
            <ChangePasswordForm email={viewer.email} isForced={isForced} />
          </CardSection>
        </Card>
        <aside className="h-fit rounded-xl border border-slate-200 bg-slate-50 p-4 sm:p-6">
          <h2 className="text-sm font-semibold text-slate-900">{t("account.rulesTitle")}</h2>
          <ul className="mt-3 space-y-2 text-sm text-slate-600">
            {rules.map((rule) => (
              <li key={rule} className="flex gap-2">
                <span aria-hidden="true" className="mt-2 h-1.5 w-1.5 shrink-0 rounded-full bg-brand-600" />
                <span>{rule}</span>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </div>
  );
}
