// Who carries out a program when a list names only the program: the national social assistance
// programs paid to households and pupils by village (PKH, BPNT/Sembako, PIP) and the village
// funds' cash aid (BLT Dana Desa). Recipient lists per village ("Rekap Penerima Bansos per Desa")
// seldom have an agency column, since everyone reading them knows, and often name the program by
// its acronym alone ("PKH"). Pure.
import type { Sector, TargetGroup } from "@/lib/enums";

interface NationalProgram {
  pattern: RegExp;
  /** The agency, or a function of the row's one village for a village government. */
  agency: string | ((village: string | null) => string | null);
}

const PROGRAMS: NationalProgram[] = [
  { pattern: /\bBLT[\s-]*(?:DD|Dana\s+Desa)\b|\bBantuan\s+Langsung\s+Tunai\s+Dana\s+Desa\b/i, agency: (v) => (v ? `Pemerintah Desa ${v}` : null) },
  { pattern: /\bPKH\b|\bProgram\s+Keluarga\s+Harapan\b/i, agency: "Kementerian Sosial" },
  { pattern: /\bBPNT\b|\bBantuan\s+Pangan\s+Non[\s-]?Tunai\b|\bProgram\s+Sembako\b|^\s*Sembako\s*$/i, agency: "Kementerian Sosial" },
  { pattern: /\bPIP\b|\bProgram\s+Indonesia\s+Pintar\b/i, agency: "Kementerian Pendidikan Dasar dan Menengah" },
];

/**
 * The agency of a national program named in the title ("PKH", "BPNT / Sembako", "PIP", "BLT Dana
 * Desa" with its village), or null when the title names none of them.
 */
export function agencyOfNationalProgram(title: string, village: string | null): string | null {
  for (const p of PROGRAMS) {
    if (!p.pattern.test(title)) continue;
    return typeof p.agency === "string" ? p.agency : p.agency(village);
  }
  return null;
}

interface NationalName {
  /** The acronym as lists write it, alone in the cell. */
  bare: RegExp;
  name: string;
  sector: Sector;
  targetGroup: TargetGroup;
}

const NAMES: NationalName[] = [
  { bare: /^PKH$/i, name: "Program Keluarga Harapan (PKH)", sector: "social", targetGroup: "poor_households" },
  { bare: /^(?:BPNT|BPNT\s*\/\s*Sembako|Sembako\s*\/\s*BPNT|Sembako)$/i, name: "Bantuan Pangan Non Tunai (BPNT/Sembako)", sector: "social", targetGroup: "poor_households" },
  { bare: /^(?:PIP|KIP)$/i, name: "Program Indonesia Pintar (PIP)", sector: "education", targetGroup: "students" },
  { bare: /^BLT[\s-]*(?:DD|Dana\s+Desa)$/i, name: "Bantuan Langsung Tunai Dana Desa (BLT-DD)", sector: "social", targetGroup: "poor_households" },
];

/** A national program written as its acronym alone ("PKH", "BLT-DD"): its full name, sector and target group; else null. */
export function expandNationalProgram(title: string): { name: string; sector: Sector; targetGroup: TargetGroup } | null {
  const t = title.trim().replace(/\s+/g, " ");
  const found = NAMES.find((n) => n.bare.test(t));
  return found ? { name: found.name, sector: found.sector, targetGroup: found.targetGroup } : null;
}
