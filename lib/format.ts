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

// One formatter per zone for the time of day, made on first use (see shortFigure above for why they are kept).
const timeFormats = new Map<string, Intl.DateTimeFormat>();
function partsIn(timeZone: string): Intl.DateTimeFormat {
  let f = timeFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone });
    timeFormats.set(timeZone, f);
  }
  return f;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date (`YYYY-MM-DD`) as Indonesians write it, day first, in both languages and whatever
 * the browser's language: `01/02/2026`.
 */
export function formatDate(iso: string, locale: Locale): string {
  void locale;
  const m = ISO_DATE.exec(iso);
  // A malformed date is shown as it is rather than breaking the page.
  if (!m) return iso;
  const d = new Date(iso + "T00:00:00Z");
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? iso : `${m[3]}/${m[2]}/${m[1]}`;
}

export function formatPeriod(start: string, end: string, locale: Locale): string {
  return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
}

/**
 * A moment in the viewer's time zone (their area's: WIB, WITA or WIT; Kaltim's WITA by default),
 * day first with the zone written after it: `06/11/2026 14.30 WITA` (`14:30` in English).
 */
export function formatDateTime(value: Date | string, locale: Locale, timeZone: string = DEFAULT_TIME_ZONE): string {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  const p: Record<string, string> = {};
  for (const part of partsIn(timeZone).formatToParts(d)) p[part.type] = part.value;
  const sep = locale === "id" ? "." : ":";
  return `${p.day}/${p.month}/${p.year} ${p.hour}${sep}${p.minute} ${timeZoneAbbreviation(timeZone)}`;
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
