// The funding of a government activity as files write it: codes, budget documents' labels
// ("APBD Prov.", "Dana Desa"), a bare "APBD" or a source inside one (DAU, BTT) at the level the
// agency's name or the document gives. Pure: used by the government import and its tests.
import { GOVERNMENT_FUNDINGS, type GovernmentFunding } from "@/lib/enums";
import { readCellText, type SheetRow } from "@/server/imports/cells";

// Funding as written: codes, and the labels of budget documents ("APBD Prov.", "Dana Desa", "ADD").
const FUNDING_LABELS: [RegExp, GovernmentFunding][] = [
  [/^apbn/, "apbn"],
  [/^(?:apbd)?(?:prov|prop|provinsi|propinsi|province|provincial|i)$|^apbd(?:prov|prop|province|i$)/, "apbd_province"],
  [/^(?:apbd)?(?:kab|kabupaten|kota|kabkota|kotakab|kabupatenkota|regency|city|ii)$|^apbd(?:kab|kota|regency|city|ii$)/, "apbd_regency"],
  [/^(?:apbdes|apbdesa|apbkam|apbkampung|danadesa|dd|add|alokasidanadesa|dds|apbdeskel|dandes)/, "apbdes"],
  [/^(?:other|lainnya|lain|lainlain|dll|hibah|swadaya|lain2)$/, "other"],
];

/**
 * Reads a funding cell: a code (`apbd_regency`) or an Indonesian label (`APBD Kab/Kota`, `Dana
 * Desa`), any case or spacing. A bare "APBD" takes its level from the agency ("Dinas Sosial
 * Provinsi ...", "... Kabupaten Kutai Timur", "... Kota Balikpapan"); the note says so.
 */
export function parseFunding(
  text: string,
  agency = "",
  documentLevel: DocumentLevel | null = null,
): { funding: GovernmentFunding; note?: string } | { error: string } {
  const raw = text.normalize("NFKC").toLowerCase();
  const key = raw.replace(/[^a-z0-9]/g, "");
  if (!key) return { error: "errors.governmentFundingMissing" };
  if ((GOVERNMENT_FUNDINGS as readonly string[]).includes(raw.trim())) return { funding: raw.trim() as GovernmentFunding };
  for (const [pattern, funding] of FUNDING_LABELS) if (pattern.test(key)) return { funding };
  if (key === "apbd" || APBD_PARTS.test(key)) {
    const a = agency.toLowerCase();
    if (/\b(?:prov|provinsi|propinsi)\b/.test(a)) return { funding: "apbd_province", note: "importNotes.governmentFundingFromAgency" };
    if (/\b(?:kab|kabupaten|kota)\b/.test(a)) return { funding: "apbd_regency", note: "importNotes.governmentFundingFromAgency" };
    if (documentLevel) return { funding: documentLevel === "province" ? "apbd_province" : "apbd_regency", note: "importNotes.governmentFundingFromDocument" };
    return { error: "errors.governmentFundingAmbiguous" };
  }
  return { error: "errors.governmentFundingUnknown" };
}

/**
 * Sources inside a regional budget, as budget documents name them: general and special
 * allocations (DAU, DAK), revenue sharing (DBH), own revenue (PAD), unforeseen spending (BTT),
 * the province's financial aid (Bankeu), special autonomy funds, last year's surplus (SiLPA).
 */
const APBD_PARTS = /^(?:dau|dak|dakfisik|daknonfisik|dbh|dbhsda|dbhcht|did|pad|btt|belanjatidakterduga|bankeu|bankeuprov|bantuankeuangan|bantuankeuanganprovinsi|otsus|danaotsus|silpa|dauearmark|dausg)$/;

/** Whose budget a document is: a province's or a regency's (or city's). */
export type DocumentLevel = "province" | "regency";

/**
 * A document's level from its title rows ("RKPD PROVINSI KALIMANTAN TIMUR", "RENJA … KABUPATEN
 * KUTAI TIMUR"), else from the importing office's jurisdiction (a province's code has two digits).
 */
export function documentLevelOf(titleRows: readonly SheetRow[], jurisdiction: string | null): DocumentLevel | null {
  const text = titleRows.flatMap((r) => r.cells.map(readCellText)).join(" ").toLowerCase();
  const province = /\b(?:provinsi|propinsi|prov\.)\s/.test(text);
  const regency = /\b(?:kabupaten|kab\.|kota)\s/.test(text);
  if (province !== regency) return province ? "province" : "regency";
  if (!jurisdiction || !/^\d{2}(?:\.\d{2})*$/.test(jurisdiction)) return null;
  return jurisdiction.length === 2 ? "province" : "regency";
}
