import type { TargetGroup } from "./enums";
import { formatNumber, formatRupiah, formatRupiahShort } from "./format";
import type { Locale, Translate } from "./i18n/translate";

/**
 * Who a program is for, as people read it: the company's words with the category beside them
 * ("balita stunting · Anak dan balita"), the words alone while no category fits, or the category
 * alone for programs registered before words were kept.
 */
export function targetGroupLabel(t: Translate, p: { targetGroup: TargetGroup | null; targetGroupText?: string | null }): string {
  const category = p.targetGroup ? t(`targetGroups.${p.targetGroup}`) : null;
  const words = p.targetGroupText?.trim() || null;
  if (words && category && words.toLowerCase() !== category.toLowerCase()) return `${words} · ${category}`;
  return words ?? category ?? t("common.notFilled");
}

/** A budget that may not be known yet: "belum diisi", never Rp 0. */
export function budgetLabel(t: Translate, budgetIdr: number | null): string {
  return budgetIdr === null ? t("common.notFilled") : formatRupiah(budgetIdr);
}

/** The compact form for tables and cards: "Rp 1,5 M", or "belum diisi". */
export function budgetShortLabel(t: Translate, budgetIdr: number | null, locale: Locale): string {
  return budgetIdr === null ? t("common.notFilled") : formatRupiahShort(budgetIdr, locale);
}

/** Planned beneficiaries that may not be known yet. */
export function beneficiariesLabel(t: Translate, n: number | null, withUnit = false): string {
  if (n === null) return t("common.notFilled");
  return withUnit ? t("programs.detail.beneficiariesValue", { n: formatNumber(n) }) : formatNumber(n);
}
