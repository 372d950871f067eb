import type { TargetGroup } from "./enums";
import { formatNumber, formatRupiah } from "./format";
import type { Translate } from "./i18n/translate";

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

/** Planned beneficiaries that may not be known yet. */
export function beneficiariesLabel(t: Translate, n: number | null, withUnit = false): string {
  if (n === null) return t("common.notFilled");
  return withUnit ? t("programs.detail.beneficiariesValue", { n: formatNumber(n) }) : formatNumber(n);
}
