// National social assistance programs paid by village (PKH, BPNT/Sembako, PIP) and the village
// funds' cash aid (BLT Dana Desa), as recipient lists per village name them. Such lists
// ("Rekap Penerima Bansos per Desa") seldom have an agency column, since everyone reading them
// knows, and often write the program as its acronym alone ("PKH"). Pure.
import type { Sector, TargetGroup } from "@/lib/enums";

interface NationalProgram {
  /** A title that names the program anywhere in it. */
  named: RegExp;
  /** The acronym as lists write it, alone in the cell. */
  bare: RegExp;
  name: string;
  sector: Sector;
  targetGroup: TargetGroup;
  /** The agency, or a function of the row's one village for a village government. */
  agency: string | ((village: string | null) => string | null);
}

const PROGRAMS: NationalProgram[] = [
  {
    named: /\bBLT[\s-]*(?:DD|Dana\s+Desa)\b|\bBantuan\s+Langsung\s+Tunai\s+Dana\s+Desa\b/i,
    bare: /^BLT[\s-]*(?:DD|Dana\s+Desa)$/i,
    name: "Bantuan Langsung Tunai Dana Desa (BLT-DD)",
    sector: "social",
    targetGroup: "poor_households",
    agency: (v) => (v ? `Pemerintah Desa ${v}` : null),
  },
  {
    named: /\bPKH\b|\bProgram\s+Keluarga\s+Harapan\b/i,
    bare: /^PKH$/i,
    name: "Program Keluarga Harapan (PKH)",
    sector: "social",
    targetGroup: "poor_households",
    agency: "Kementerian Sosial",
  },
  {
    named: /\bBPNT\b|\bBantuan\s+Pangan\s+Non[\s-]?Tunai\b|\bProgram\s+Sembako\b|^\s*Sembako\s*$/i,
    bare: /^(?:BPNT|BPNT\s*\/\s*Sembako|Sembako\s*\/\s*BPNT|Sembako)$/i,
    name: "Bantuan Pangan Non Tunai (BPNT/Sembako)",
    sector: "social",
    targetGroup: "poor_households",
    agency: "Kementerian Sosial",
  },
  {
    named: /\bPIP\b|\bProgram\s+Indonesia\s+Pintar\b/i,
    bare: /^(?:PIP|KIP)$/i,
    name: "Program Indonesia Pintar (PIP)",
    sector: "education",
    targetGroup: "students",
    agency: "Kementerian Pendidikan Dasar dan Menengah",
  },
];

/**
 * The agency of a national program named in the title ("PKH", "BPNT / Sembako", "PIP", "BLT Dana
 * Desa" with its village), or null when the title names none of them.
 */
export function agencyOfNationalProgram(title: string, village: string | null): string | null {
  const p = PROGRAMS.find((x) => x.named.test(title));
  if (!p) return null;
  return typeof p.agency === "string" ? p.agency : p.agency(village);
}

/** A national program written as its acronym alone ("PKH", "BLT-DD"): its full name, sector and target group; else null. */
export function expandNationalProgram(title: string): { name: string; sector: Sector; targetGroup: TargetGroup } | null {
  const t = title.trim().replace(/\s+/g, " ");
  const p = PROGRAMS.find((x) => x.bare.test(t));
  return p ? { name: p.name, sector: p.sector, targetGroup: p.targetGroup } : null;
}
