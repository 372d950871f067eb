import { areaName, type AreaLike } from "@/lib/areas/area-label";
import { formatNumber, formatRupiahShort } from "@/lib/format";
import type { Locale, Translate } from "@/lib/i18n/core";

export interface SentenceActivity {
  agency: string;
  title: string;
  plannedBeneficiaries: number | null;
  budgetIdr: number | null;
  startDate: string;
  endDate: string;
  areas: AreaLike[];
}

const within = (inner: string, outer: string) => inner === outer || inner.startsWith(`${outer}.`);

/**
 * Whether the title already names the count ("Rehabilitasi 87 RTLH", "Bantuan 1.200 paket
 * sembako"): the sentence then does not say it a second time. Numbers are read with "." or ","
 * as thousands separators, as Indonesian and English write them.
 */
export function titleNamesCount(title: string, n: number): boolean {
  for (const m of title.matchAll(/\d{1,3}(?:[.,]\d{3})+(?!\d)|\d+/g)) {
    if (Number(m[0].replace(/[.,]/g, "")) === n) return true;
  }
  return false;
}

/**
 * "Dinas PUPR Kabupaten Kutai Timur melaksanakan Rehabilitasi Rumah Tidak Layak Huni untuk 87
 * penerima/unit di Desa Kaliorang pada 2026": the agency, what, how many, where (the activity's
 * place that meets the program's places, the narrower one) and when.
 */
export function activitySentence(a: SentenceActivity, programAreaCodes: readonly string[], t: Translate, locale: Locale): string {
  const meeting = a.areas.filter((x) => programAreaCodes.some((c) => within(c, x.code) || within(x.code, c)));
  // Of the activity's own places, the narrowest that meets the program's places.
  const place = meeting.sort((x, y) => y.level - x.level)[0] ?? a.areas[0];
  const placeName = place ? areaName(place, t) : "—";
  const from = a.startDate.slice(0, 4);
  const to = a.endDate.slice(0, 4);
  const year = from === to ? from : `${from}–${to}`;
  const base =
    a.plannedBeneficiaries !== null && !titleNamesCount(a.title, a.plannedBeneficiaries)
      ? t("government.nearby.sentence", {
          agency: a.agency,
          title: a.title,
          n: formatNumber(a.plannedBeneficiaries),
          place: placeName,
          year,
        })
      : t("government.nearby.sentenceNoCount", { agency: a.agency, title: a.title, place: placeName, year });
  return a.budgetIdr !== null
    ? `${base} (${t("government.nearby.budget", { budget: formatRupiahShort(a.budgetIdr, locale) })}).`
    : `${base}.`;
}
