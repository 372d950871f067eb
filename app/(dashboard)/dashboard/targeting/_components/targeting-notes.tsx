"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { Card, CardSection } from "@/components/ui/card";

/** The rules behind the highlights, in plain words, so a meeting can judge them (the code: server/targeting/targeting.rules.ts). */
export function TargetingNotes() {
  const { t } = useI18n();
  return (
    <Card>
      <CardSection title={t("targeting.rulesTitle")}>
        <ul className="list-disc space-y-2 pl-5 text-sm text-slate-700" data-testid="targeting-rules">
          <li>{t("targeting.rules.latest")}</li>
          <li>{t("targeting.rules.blankSpot")}</li>
          <li>{t("targeting.rules.share")}</li>
          <li>{t("targeting.rules.pileUp")}</li>
          <li>{t("targeting.rules.underServed")}</li>
          <li>{t("targeting.rules.government")}</li>
          <li>{t("targeting.rules.budget")}</li>
        </ul>
      </CardSection>
    </Card>
  );
}
