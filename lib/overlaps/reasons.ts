import { areaName } from "@/lib/areas/area-label";
import type { Locale, MessageKey, Translate } from "@/lib/i18n/core";
import { suppressCount } from "@/lib/beneficiaries/suppress";

// Why the detector flagged a pair, as a sentence; shared by the review pages and the command line.

export interface AreaRef {
  code: string;
  name: string;
}

/** One reason the detector (server/overlaps/scoring.ts) gives for flagging a pair. */
export type Reason =
  | { code: "same_area"; area: AreaRef }
  | { code: "area_contains"; outer: AreaRef; inner: AreaRef }
  | { code: "period_overlap"; from: string; to: string }
  | { code: "text_similar"; percent: number }
  | { code: "shared_terms"; terms: string[] }
  | { code: "same_target"; targetGroup: string }
  | { code: "similar_scale" }
  | { code: "same_company" }
  | { code: "partner_named" }
  /** The CSR program names the government activity it supports, or says in its text that it supports or adds to it. */
  | { code: "supports_activity" }
  /** A repeat: the two periods, which do not overlap, and the days between the end of the earlier and the start of the later. */
  | { code: "years_apart"; earlier: { from: string; to: string }; later: { from: string; to: string }; gapDays: number }
  /** Two programs' beneficiary lists hold this many of the same people (shown as "<5" below 5). */
  | { code: "shared_beneficiaries"; shared: number };

/** A Kemendagri code's level is its number of segments: `64` province … `64.72.01.1001` village. */
const nameArea = (a: AreaRef, t: Translate) => areaName({ code: a.code, name: a.name, level: a.code.split(".").length }, t);

// en-US, not en-GB: British English abbreviates September as "Sept". Built once per locale.
const monthFormats = {
  id: new Intl.DateTimeFormat("id-ID", { month: "short", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-US", { month: "short", timeZone: "UTC" }),
};
const formatMonth = (iso: string, locale: Locale) => monthFormats[locale === "id" ? "id" : "en"].format(new Date(iso + "T00:00:00Z"));

/** `Feb–Des 2025`, `Nov 2025–Mar 2026`, or `Feb 2025` when the overlap lies within one month. */
export function formatMonthSpan(from: string, to: string, locale: Locale): string {
  const [fy, fm] = [from.slice(0, 4), from.slice(5, 7)];
  const [ty, tm] = [to.slice(0, 4), to.slice(5, 7)];
  if (fy !== ty) return `${formatMonth(from, locale)} ${fy}–${formatMonth(to, locale)} ${ty}`;
  if (fm === tm) return `${formatMonth(from, locale)} ${fy}`;
  return `${formatMonth(from, locale)}–${formatMonth(to, locale)} ${fy}`;
}


/** One reason of a match as readable text in the given language. */
export function renderReason(reason: Reason, t: Translate, locale: Locale): string {
  switch (reason.code) {
    case "same_area":
      return t("overlaps.reasons.same_area", { area: nameArea(reason.area, t) });
    case "area_contains":
      return t("overlaps.reasons.area_contains", { inner: nameArea(reason.inner, t), outer: nameArea(reason.outer, t) });
    case "period_overlap":
      return t("overlaps.reasons.period_overlap", { period: formatMonthSpan(reason.from, reason.to, locale) });
    case "text_similar":
      return t("overlaps.reasons.text_similar", { percent: reason.percent });
    case "shared_terms":
      return t("overlaps.reasons.shared_terms", { terms: reason.terms.join(", ") });
    case "same_target":
      return t("overlaps.reasons.same_target", {
        target: t.has(`targetGroups.${reason.targetGroup}`) ? t(`targetGroups.${reason.targetGroup}` as MessageKey) : reason.targetGroup,
      });
    case "similar_scale":
      return t("overlaps.reasons.similar_scale");
    case "same_company":
      return t("overlaps.reasons.same_company");
    case "partner_named":
      return t("overlaps.reasons.partner_named");
    case "supports_activity":
      return t("overlaps.reasons.supports_activity");
    case "shared_beneficiaries":
      return t("overlaps.reasons.shared_beneficiaries", { count: String(suppressCount(reason.shared)) });
    case "years_apart":
      return t("overlaps.reasons.years_apart", {
        earlier: formatYears(reason.earlier.from, reason.earlier.to),
        later: formatYears(reason.later.from, reason.later.to),
        gap: formatGap(reason.gapDays, t),
      });
  }
}

/** `2021`, or `2021–2022` for a period across years. */
export function formatYears(from: string, to: string): string {
  const [fy, ty] = [from.slice(0, 4), to.slice(0, 4)];
  return fy === ty ? fy : `${fy}–${ty}`;
}

/** The time between two periods in months under a year, in whole years from a year on. */
function formatGap(days: number, t: Translate): string {
  const months = Math.max(0, Math.round(days / 30.44));
  return months < 12 ? t("overlaps.gapMonths") : t("overlaps.gapYears", { n: Math.round(months / 12) });
}

/**
 * A repeat as history, from the side of the program being looked at: "Kelurahan Margomulyo sudah
 * menerima Penanaman Mangrove dari PT X pada 2021" (or, for a later program, is to receive it).
 */
export function renderHistory(
  h: { place: AreaRef; title: string; companyName: string; startDate: string; endDate: string; earlier: boolean },
  t: Translate,
): string {
  const values = { place: nameArea(h.place, t), title: h.title, company: h.companyName, years: formatYears(h.startDate, h.endDate) };
  return h.earlier ? t("overlaps.history.earlier", values) : t("overlaps.history.later", values);
}

/** The place a repeat's history names: the shared area, or the wider of the two when one lies inside the other. */
export function historyPlace(reasons: readonly Reason[]): AreaRef | null {
  for (const r of reasons) {
    if (r.code === "same_area") return r.area;
    if (r.code === "area_contains") return r.outer;
  }
  return null;
}

interface HistorySide {
  title: string;
  companyName: string;
  startDate: string;
  endDate: string;
}

/** A repeat flag's pair as history, from the later program's side: what the place received before, from whom, when. */
export function renderPairHistory(a: HistorySide, b: HistorySide, reasons: readonly Reason[], t: Translate): string | null {
  const place = historyPlace(reasons);
  if (!place) return null;
  const earlier = a.endDate < b.startDate ? a : b;
  return renderHistory({ place, ...earlier, earlier: true }, t);
}
