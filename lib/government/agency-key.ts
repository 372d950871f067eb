/**
 * A government agency's name as a key: one activity per (agency, ref) whatever the spacing and
 * case ("Dinas PUPR  Kota Balikpapan" and "DINAS PUPR Kota Balikpapan" are one agency).
 * Computed here, not in SQL: lower() follows the database's locale.
 */
export function agencyKeyOf(agency: string): string {
  return agency.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}
