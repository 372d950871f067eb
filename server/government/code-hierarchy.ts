// Budget documents (RKPD, Renja, DPA) list each program, its kegiatan and their sub kegiatan as
// lines of one table, each with its Permendagri 90/2019 code: program `1.06.06`, kegiatan
// `1.06.06.1.01`, sub kegiatan `1.06.06.1.01.0001` (urusan `1` and bidang urusan `1.06` above
// them). The activities are the sub kegiatan; the lines above are their parents.
import type { Sector } from "@/lib/enums";
import { readCellText, type SheetRow } from "@/server/imports/cells";

export interface ParentContext {
  programCode: string | null;
  programName: string | null;
  kegiatanCode: string | null;
  kegiatanName: string | null;
}

export interface CodeHierarchy {
  /** Rows that are a parent (urusan, bidang urusan, program or kegiatan lines): not activities. */
  parentRows: number[];
  /** For each sub kegiatan row: its program and kegiatan, as the lines above name them. */
  contextOf: Map<number, ParentContext>;
}

/** The level of a nomenclature code by its parts (1 urusan … 6 sub kegiatan), or null when it is not one. */
export function codeLevel(text: string): number | null {
  const code = text.trim();
  if (!/^[\dX](?:\.[\dX]{1,2}){1,2}(?:\.\d(?:\.\d{1,2}(?:\.\d{1,4})?)?)?$/i.test(code)) {
    return /^[\dX]$/i.test(code) ? 1 : null;
  }
  return code.split(".").length;
}

const isPrefix = (parent: string, code: string) => code.startsWith(parent + ".");

/**
 * The parents in a table with a code column. Only a table holding sub kegiatan (six-part codes)
 * is read this way; in any other (a list of kegiatan, or a company's refs) nothing is a parent.
 */
export function readCodeHierarchy(rows: readonly SheetRow[], codeIndex: number | undefined, titleIndex: number | undefined): CodeHierarchy {
  const none: CodeHierarchy = { parentRows: [], contextOf: new Map() };
  if (codeIndex === undefined) return none;
  const codeOf = (r: SheetRow) => readCellText(r.cells[codeIndex] ?? null).trim();
  if (!rows.some((r) => codeLevel(codeOf(r)) === 6)) return none;
  const titleOf = (r: SheetRow) => (titleIndex === undefined ? "" : readCellText(r.cells[titleIndex] ?? null).trim());
  const out: CodeHierarchy = { parentRows: [], contextOf: new Map() };
  let program: { code: string; name: string } | null = null;
  let kegiatan: { code: string; name: string } | null = null;
  for (const r of rows) {
    const code = codeOf(r);
    const level = codeLevel(code);
    if (level === null) continue;
    if (level < 6) out.parentRows.push(r.row);
    if (level === 3) {
      program = { code, name: titleOf(r) };
      kegiatan = null;
    } else if (level === 5) {
      kegiatan = { code, name: titleOf(r) };
    } else if (level === 6) {
      const k = kegiatan && isPrefix(kegiatan.code, code) ? kegiatan : null;
      const p = program && isPrefix(program.code, code) ? program : null;
      out.contextOf.set(r.row, {
        programCode: p?.code ?? null,
        programName: p?.name || null,
        kegiatanCode: k?.code ?? null,
        kegiatanName: k?.name || null,
      });
    }
  }
  return out;
}

/**
 * The sector of a bidang urusan (the first two parts of a nomenclature code, Permendagri 90/2019),
 * for the ones the forum's sectors cover. Administration, land, statistics and the like have none.
 */
const SECTOR_OF_BIDANG_URUSAN: Record<string, Sector> = {
  "1.01": "education", // Pendidikan
  "1.02": "health", // Kesehatan
  "1.03": "infrastructure", // Pekerjaan Umum dan Penataan Ruang
  "1.04": "infrastructure", // Perumahan Rakyat dan Kawasan Permukiman
  "1.05": "disaster", // Ketenteraman, Ketertiban Umum dan Perlindungan Masyarakat (penanggulangan bencana)
  "1.06": "social", // Sosial
  "2.07": "economy", // Tenaga Kerja
  "2.08": "social", // Pemberdayaan Perempuan dan Perlindungan Anak
  "2.09": "economy", // Pangan
  "2.11": "environment", // Lingkungan Hidup
  "2.13": "economy", // Pemberdayaan Masyarakat dan Desa
  "2.14": "health", // Pengendalian Penduduk dan Keluarga Berencana
  "2.15": "infrastructure", // Perhubungan
  "2.17": "economy", // Koperasi, Usaha Kecil dan Menengah
  "2.19": "social", // Kepemudaan dan Olahraga
  "2.22": "social", // Kebudayaan
  "2.23": "education", // Perpustakaan
  "3.25": "economy", // Kelautan dan Perikanan
  "3.26": "economy", // Pariwisata
  "3.27": "economy", // Pertanian
  "3.28": "environment", // Kehutanan
  "3.29": "infrastructure", // Energi dan Sumber Daya Mineral
  "3.30": "economy", // Perdagangan
  "3.31": "economy", // Perindustrian
  "3.32": "economy", // Transmigrasi
};

/** The sector a program, kegiatan or sub kegiatan code's bidang urusan belongs to, or null. */
export function sectorOfCode(code: string): { sector: Sector; bidang: string } | null {
  const level = codeLevel(code);
  if (level === null || level < 2) return null;
  const bidang = code.trim().split(".").slice(0, 2).join(".");
  const sector = SECTOR_OF_BIDANG_URUSAN[bidang];
  return sector ? { sector, bidang } : null;
}
