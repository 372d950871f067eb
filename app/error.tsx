"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const { t } = useI18n();
  return (
    <div className="mx-auto max-w-lg px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">{t("common.errorTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("common.errorBody")}</p>
      <Button onClick={reset} className="mt-6">
        {t("common.tryAgain")}
      </Button>
    </div>
  );
}
