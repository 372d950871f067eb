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
