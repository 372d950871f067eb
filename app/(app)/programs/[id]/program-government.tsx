import Link from "next/link";
import type { Sector } from "@/lib/enums";
import { getTranslator } from "@/server/i18n/locale";
import { Badge } from "@/components/ui/badge";
import { Card, CardSection } from "@/components/ui/card";
import { serverCaller } from "../../../_trpc/server";
import { activitySentence } from "@/lib/government/activity-sentence";

interface Props {
  program: {
    title: string;
    description: string;
    sector: Sector;
    startDate: string;
    endDate: string;
    areas: { code: string }[];
    supportsActivity: { id: string } | null;
  };
}

/** "Program pemerintah di lokasi yang sama": government activities in the program's places and period. */
export async function ProgramGovernment({ program }: Props) {
  const { t, locale } = await getTranslator();
  const codes = program.areas.map((a) => a.code);
  if (codes.length === 0) return null;
  const api = await serverCaller();
  const found = await api.government.nearby({
    areaCodes: codes,
    startDate: program.startDate,
    endDate: program.endDate,
    sector: program.sector,
    title: program.title.slice(0, 200),
    description: program.description.slice(0, 5000),
    limit: 5,
  });
  return (
    <Card data-testid="program-government">
      <CardSection title={t("government.nearby.heading")}>
        {found.length === 0 ? (
          <p className="text-sm text-slate-500">{t("government.nearby.none")}</p>
        ) : (
          <ul className="space-y-3">
            {found.map((a) => (
              <li key={a.id} className="text-sm text-slate-800">
                <div className="mb-1 flex flex-wrap gap-2">
                  <Badge tone="violet">{t(`governmentFundings.${a.funding}`)}</Badge>
                  {program.supportsActivity?.id === a.id ? <Badge tone="green">{t("government.supports.detail")}</Badge> : null}
                </div>
                {activitySentence(a, codes, t, locale)}{" "}
                <Link href={`/government/${a.id}`} className="text-xs font-medium text-brand-700 hover:underline">
                  {t("government.nearby.open")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </CardSection>
    </Card>
  );
}
