// Indonesia's three time zones (none keeps daylight saving), by province: the first two digits of
// an area code (Kemendagri codes, as in the areas table). WIB: Sumatra, Riau Islands, Java, West and
// Central Kalimantan; WITA: Bali, Nusa Tenggara, South, East and North Kalimantan, Sulawesi;
// WIT: Maluku and Papua.

export const TIME_ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"] as const;
export type IndonesianTimeZone = (typeof TIME_ZONES)[number];
/** The zone of the forum's home province (Kalimantan Timur) when no area says otherwise. */
export const DEFAULT_TIME_ZONE: IndonesianTimeZone = "Asia/Makassar";

const ABBREVIATIONS: Record<IndonesianTimeZone, string> = { "Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT" };

const WIB = new Set(["11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34", "35", "36", "61", "62"]);
const WITA = new Set(["51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"]);
const WIT = new Set(["81", "82", "91", "92", "93", "94", "95", "96", "97"]);

/** The time zone of an area (`64`, `64.72`, `64.72.01.1001`); null for a code that names no province (national, junk). */
export function timeZoneOfArea(code: string | null | undefined): IndonesianTimeZone | null {
  const province = code?.trim().match(/^(\d{2})(?:\.|$)/)?.[1];
  if (!province) return null;
  if (WIB.has(province)) return "Asia/Jakarta";
  if (WITA.has(province)) return "Asia/Makassar";
  if (WIT.has(province)) return "Asia/Jayapura";
  return null;
}

/** The first area in order of preference that has a zone, else Kaltim's. */
export function timeZoneOfAreas(...codes: (string | null | undefined)[]): IndonesianTimeZone {
  for (const code of codes) {
    const zone = timeZoneOfArea(code);
    if (zone) return zone;
  }
  return DEFAULT_TIME_ZONE;
}

export function isIndonesianTimeZone(v: unknown): v is IndonesianTimeZone {
  return typeof v === "string" && (TIME_ZONES as readonly string[]).includes(v);
}

/** WIB, WITA or WIT, as Indonesians write it beside a time (the same in both languages). */
export function timeZoneAbbreviation(zone: string): string {
  return isIndonesianTimeZone(zone) ? ABBREVIATIONS[zone] : zone;
}

/** Each zone's distance from UTC: fixed all year, as none of the three keeps daylight saving. */
const UTC_OFFSET_HOURS: Record<IndonesianTimeZone, number> = { "Asia/Jakarta": 7, "Asia/Makassar": 8, "Asia/Jayapura": 9 };
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** `+07:00`, `+08:00` or `+09:00`: the zone's offset as ISO 8601 writes it. */
export function utcOffsetOf(zone: IndonesianTimeZone): string {
  return `+0${UTC_OFFSET_HOURS[zone]}:00`;
}

/** The calendar date (`YYYY-MM-DD`) it is now in the zone. */
export function todayIn(zone: IndonesianTimeZone, now: Date = new Date()): string {
  return new Date(now.getTime() + UTC_OFFSET_HOURS[zone] * HOUR_MS).toISOString().slice(0, 10);
}

/** The year it is now in the zone (on 31 December at 17:00 UTC it is already next year in WIT). */
export function yearIn(zone: IndonesianTimeZone, now: Date = new Date()): number {
  return Number(todayIn(zone, now).slice(0, 4));
}

/** The moment a calendar day (`YYYY-MM-DD`, plus `plusDays`) begins in the zone. */
export function startOfDayIn(zone: IndonesianTimeZone, isoDate: string, plusDays = 0): Date {
  return new Date(Date.parse(`${isoDate}T00:00:00${utcOffsetOf(zone)}`) + plusDays * DAY_MS);
}

/** The years a filter offers: next year first (plans are registered ahead), then `count - 1` back from this one. */
export function filterYears(zone: IndonesianTimeZone, count: number, now: Date = new Date()): number[] {
  const next = yearIn(zone, now) + 1;
  return Array.from({ length: count }, (_, i) => next - i);
}

/** The calendar date (`YYYY-MM-DD`) of a moment in a zone given as a string (a provider's); Kaltim's for any other. */
export function dayIn(zone: string, moment: Date | string): string {
  return todayIn(isIndonesianTimeZone(zone) ? zone : DEFAULT_TIME_ZONE, new Date(moment));
}
