import type { Locale } from "./i18n/core";
import { DEFAULT_TIME_ZONE, timeZoneAbbreviation } from "./time-zone";

const rupiah = new Intl.NumberFormat("id-ID", { style: "currency", currency: "IDR", maximumFractionDigits: 0 });
const number = new Intl.NumberFormat("id-ID");
// Built once: constructing an Intl formatter costs far more than formatting with it (it was 5% of
// a dashboard render's CPU when made per figure).
const shortFigure = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1 });

/** Rupiah as Indonesians write it, in both languages: `Rp 1.500.000`. */
export function formatRupiah(value: number): string {
  return rupiah.format(value).replace(/\u00a0/g, " ");
}

/** Compact rupiah for tables: `Rp 1,5 M`, `Rp 250 jt`. */
export function formatRupiahShort(value: number, locale: Locale): string {
  const units = locale === "id" ? (["T", "M", "jt", "rb"] as const) : (["T", "B", "M", "K"] as const);
  const steps = [1e12, 1e9, 1e6, 1e3];
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] ?? 1;
    if (value >= step) {
      const n = shortFigure.format(value / step);
      return `Rp ${n} ${units[i]}`;
    }
  }
  return formatRupiah(value);
}

export function formatNumber(value: number): string {
  return number.format(value);
}

/** Digits only, for rupiah and count inputs: "Rp 1.500.000" → 1500000; empty or junk → NaN. */
export function parseWholeNumber(text: string): number {
  const digits = text.replace(/[\s.]/g, "").replace(/^Rp/i, "");
  if (!/^-?\d+$/.test(digits)) return Number.NaN;
  return Number(digits);
}

/**
 * A figure that may not be known yet (a program's budget or beneficiaries): a blank field is
 * null, never 0, which would enter every sum; junk stays NaN so the schema refuses it.
 */
export function parseOptionalWholeNumber(text: string): number | null {
  return text.trim() === "" ? null : parseWholeNumber(text);
}

const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  id: new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
};
// One formatter per language and zone, made on first use (see shortFigure above for why they are kept).
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
function dateTimeFormat(locale: Locale, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let f = dateTimeFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
    dateTimeFormats.set(key, f);
  }
  return f;
}

/** A calendar date (`YYYY-MM-DD`), e.g. `1 Feb 2026`. */
export function formatDate(iso: string, locale: Locale): string {
  const d = new Date(iso + "T00:00:00Z");
  // A malformed date is shown as it is rather than breaking the page.
  return Number.isNaN(d.getTime()) ? iso : dateFormats[locale].format(d);
}

export function formatPeriod(start: string, end: string, locale: Locale): string {
  return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
}

/**
 * A moment in the viewer's time zone (their area's: WIB, WITA or WIT; Kaltim's WITA by default),
 * with the zone written after it: `6 Nov 2026, 14.30 WITA`.
 */
export function formatDateTime(value: Date | string, locale: Locale, timeZone: string = DEFAULT_TIME_ZONE): string {
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? String(value) : `${dateTimeFormat(locale, timeZone).format(d)} ${timeZoneAbbreviation(timeZone)}`;
}

const decimal = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });

/** A percentage as published (`10,75%`): up to two decimals, Indonesian digits in both languages like formatNumber. */
export function formatPercent(value: number): string {
  return `${decimal.format(value)}%`;
}

/** A ratio such as beneficiaries per poor person: up to two decimals (`0,35`). */
export function formatDecimal(value: number): string {
  return decimal.format(value);
}
