// Spreadsheets written the way companies write them, with the answers a careful officer would give,
// for measuring the import on files it was not tuned on. Deterministic for a seed: the dev set
// (seed 11) is for looking at while building; the reported set (seed 29) is measured once.
//
// The place texts, target-group phrases, amounts and dates here are written independently of the
// resolver's and parsers' own rules (different phrasings, typos the rules do not list), so the
// figures say how the import does on writing it has not seen.
import type { AreaRow } from "../bench/generate";
import { rng } from "../bench/generate";
import type { TargetGroup } from "@/lib/enums";

export interface ExpectedRow {
  /** Spreadsheet row number. */
  row: number;
  title: string;
  sector: string;
  /** The areas a careful officer would register; empty when the text cannot decide (a typo past recognition). */
  areas: string[];
  /** True when a person must be asked (several real places carry the name the text gives). */
  ambiguous: boolean;
  targetGroup: TargetGroup | null;
  budgetIdr: number | null;
  beneficiaries: number | null;
  startDate: string | null;
  endDate: string | null;
}

export interface CompanyFile {
  name: string;
  /** Rows as the sheet holds them, header rows included. */
  rows: (string | number | null)[][];
  expected: ExpectedRow[];
}

interface Area {
  code: string;
  name: string;
  level: number;
  parent: string | null;
}

const REGENCY_SHORT: Record<string, string[]> = {
  "64.01": ["Kab. Paser", "Paser", "Kabupaten Paser"],
  "64.02": ["Kukar", "Kab. Kutai Kartanegara", "Kutai Kartanegara", "Kab Kukar"],
  "64.03": ["Berau", "Kab. Berau", "Kabupaten Berau"],
  "64.07": ["Kubar", "Kutai Barat", "Kab. Kutai Barat"],
  "64.08": ["Kutim", "Kutai Timur", "Kab. Kutim", "Kabupaten Kutai Timur"],
  "64.09": ["PPU", "Penajam Paser Utara", "Kab. PPU"],
  "64.11": ["Mahulu", "Mahakam Ulu"],
  "64.71": ["Balikpapan", "Kota Balikpapan", "Kota Balikpapan"],
  "64.72": ["Samarinda", "Kota Samarinda", "Kota Samarinda"],
  "64.74": ["Bontang", "Kota Bontang"],
};

/** Who the program is for, as written, with the category an officer would file it under. */
const TARGETS: [string, TargetGroup | null][] = [
  ["Lansia terlantar", "elderly"],
  ["lanjut usia (60 th ke atas)", "elderly"],
  ["Manula di panti werdha", "elderly"],
  ["siswa SD dan SMP", "students"],
  ["Pelajar SMA/SMK berprestasi", "students"],
  ["santri pondok pesantren", "students"],
  ["Mahasiswa kurang mampu", "students"],
  ["balita stunting", "children"],
  ["Ibu hamil & balita", "children"],
  ["anak usia dini (PAUD)", "children"],
  ["Bayi dan balita gizi kurang", "children"],
  ["nelayan tradisional", "farmers_fishers"],
  ["Kelompok Tani Sumber Rejeki", "farmers_fishers"],
  ["petani sawit swadaya", "farmers_fishers"],
  ["peternak sapi", "farmers_fishers"],
  ["Pembudidaya rumput laut", "farmers_fishers"],
  ["pelaku UMKM", "msme"],
  ["Pengrajin anyaman rotan", "msme"],
  ["pedagang pasar tradisional", "msme"],
  ["Usaha mikro binaan", "msme"],
  ["keluarga pra sejahtera", "poor_households"],
  ["warga miskin", "poor_households"],
  ["KPM PKH", "poor_households"],
  ["Masyarakat tidak mampu", "poor_households"],
  ["penyandang disabilitas", "disabilities"],
  ["Difabel netra", "disabilities"],
  ["ibu-ibu PKK", "women"],
  ["Perempuan kepala keluarga", "women"],
  ["Kelompok Wanita Tani", "women"],
  ["karang taruna", "youth"],
  ["Pemuda putus sekolah", "youth"],
  ["remaja", "youth"],
  ["Masyarakat umum", "general_public"],
  ["warga sekitar perusahaan", "general_public"],
  ["Masyarakat desa", "general_public"],
  ["Umum", "general_public"],
  ["kader posyandu", null],
  ["Guru honorer", null],
  ["korban banjir", null],
];

const PROGRAMS: [string, string][] = [
  ["Posyandu Balita Sehat", "health"],
  ["Bantuan Beasiswa Pendidikan", "education"],
  ["Pelatihan Budidaya Ikan Nila", "economy"],
  ["Pemberian Makanan Tambahan", "health"],
  ["Bedah Rumah Tidak Layak Huni", "infrastructure"],
  ["Penanaman Mangrove", "environment"],
  ["Santunan Lansia", "social"],
  ["Pelatihan Menjahit", "economy"],
  ["Sarana Air Bersih", "infrastructure"],
  ["Pengobatan Gratis", "health"],
  ["Bantuan Alat Tangkap Nelayan", "economy"],
  ["Pelatihan Digital Marketing UMKM", "economy"],
  ["Bank Sampah Desa", "environment"],
  ["Sembako Ramadhan", "social"],
  ["Tanggap Darurat Banjir", "disaster"],
  ["Renovasi Sekolah Dasar", "education"],
];

const SECTOR_WORDS: Record<string, string[]> = {
  health: ["Kesehatan", "kesehatan", "KESEHATAN", "Kesehatan Masyarakat"],
  education: ["Pendidikan", "pendidikan", "Bidang Pendidikan"],
  economy: ["Ekonomi", "Ekonomi / UMKM", "Pemberdayaan Ekonomi"],
  infrastructure: ["Infrastruktur", "Sarana Prasarana", "infrastruktur"],
  environment: ["Lingkungan", "Lingkungan Hidup"],
  social: ["Sosial", "sosial", "Sosial Kemasyarakatan"],
  disaster: ["Kebencanaan", "Bencana"],
};

const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
const dots = (n: number) => n.toLocaleString("id-ID").replace(/\u00a0/g, " ");

/** One letter dropped or doubled: the slips a hurried hand makes. */
function typo(name: string, r: () => number): string {
  const i = 1 + Math.floor(r() * (name.length - 2));
  return r() < 0.5 ? name.slice(0, i) + name.slice(i + 1) : name.slice(0, i) + name[i] + name.slice(i);
}

export function loadKaltim(rows: AreaRow[]): Map<string, Area> {
  const m = new Map<string, Area>();
  for (const a of rows) if (a.code === "64" || a.code.startsWith("64.")) m.set(a.code, { code: a.code, name: a.name, level: a.level, parent: a.parent_code });
  return m;
}

/**
 * A company file of `count` programs. Styles rotate per file: a titled XLSX-like sheet with one
 * location column, or separate village / district / regency columns with a "Tahun" column.
 */
export function generateCompanyFile(areaRows: AreaRow[], opts: { seed: number; count: number; style: "one-column" | "split-columns"; name: string }): CompanyFile {
  const r = rng(opts.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const kaltim = loadKaltim(areaRows);
  const villages = [...kaltim.values()].filter((a) => a.level === 4);
  const byName = new Map<string, Area[]>();
  for (const a of kaltim.values()) {
    const k = a.name.toLowerCase();
    byName.set(k, [...(byName.get(k) ?? []), a]);
  }
  const parentOf = (a: Area) => (a.parent ? kaltim.get(a.parent) : undefined);
  const districtName = (a: Area) => parentOf(a)?.name ?? "";
  const regencyOf = (a: Area) => (a.level === 4 ? parentOf(parentOf(a) as Area) : a.level === 3 ? parentOf(a) : a);
  const villageWord = (a: Area) => (a.code.split(".")[3]?.startsWith("1") ? pick(["Kel.", "Kelurahan", "Kel"]) : pick(["Desa", "Ds.", "desa", "Kampung"]));
  const sameNameInKaltim = (a: Area) => (byName.get(a.name.toLowerCase()) ?? []).filter((x) => x.level === a.level).length;

  const expected: ExpectedRow[] = [];
  const body: (string | number | null)[][] = [];
  const year = 2026;
  for (let i = 0; i < opts.count; i++) {
    const rowNo = opts.style === "one-column" ? i + 4 : i + 2;
    const [title0, sector] = pick(PROGRAMS);
    const v = pick(villages);
    const d = parentOf(v) as Area;
    const reg = regencyOf(v) as Area;
    let areas = [v.code];
    let ambiguous = false;
    let placeText = "";
    const kind = r();
    if (opts.style === "one-column") {
      if (kind < 0.3) placeText = `${villageWord(v)} ${v.name}, Kec. ${d.name}, ${pick(REGENCY_SHORT[reg.code] ?? [reg.name])}`;
      else if (kind < 0.42) placeText = `RT ${String(1 + Math.floor(r() * 40)).padStart(2, "0")} ${villageWord(v)} ${v.name} Kecamatan ${d.name}`;
      else if (kind < 0.52) placeText = `${v.name.toUpperCase()}, ${d.name.toUpperCase()}`;
      else if (kind < 0.6) {
        placeText = `${villageWord(v)} ${v.name}`;
        ambiguous = sameNameInKaltim(v) > 1;
      } else if (kind < 0.68) {
        placeText = pick(REGENCY_SHORT[reg.code] ?? [reg.name]);
        areas = [reg.code];
      } else if (kind < 0.75) {
        placeText = `Kecamatan ${d.name}, ${pick(REGENCY_SHORT[reg.code] ?? [reg.name])}`;
        areas = [d.code];
      } else if (kind < 0.85) {
        const siblings = villages.filter((x) => x.parent === v.parent && x.code !== v.code);
        const w = siblings.length ? pick(siblings) : v;
        placeText = `Desa ${v.name} dan Desa ${w.name}, Kec. ${d.name}`;
        areas = [...new Set([v.code, w.code])];
      } else if (kind < 0.93) {
        const other = pick(villages);
        placeText = `${v.name}, ${d.name}; ${other.name}, ${districtName(other)}`;
        areas = [v.code, other.code];
      } else {
        // A slip of the pen: a careful import asks or refuses; it never files it elsewhere.
        placeText = `Desa ${typo(v.name, r)}, Kec. ${d.name}`;
      }
    }
    const [tgText, tg] = pick(TARGETS);
    const budgetKind = r();
    const budget = (1 + Math.floor(r() * 60)) * 25_000_000;
    let budgetCell: string | number | null;
    let budgetIdr: number | null = budget;
    if (budgetKind < 0.2) budgetCell = `Rp ${dots(budget)}`;
    else if (budgetKind < 0.35) budgetCell = budget;
    else if (budgetKind < 0.45) budgetCell = `Rp${dots(budget)},00`;
    else if (budgetKind < 0.55) budgetCell = budget % 1_000_000 === 0 ? `${budget / 1_000_000} jt` : `Rp. ${dots(budget)},-`;
    else if (budgetKind < 0.62 && budget >= 1_000_000_000 && budget % 100_000_000 === 0)
      budgetCell = `${String(budget / 1_000_000_000).replace(".", ",")} M`;
    else if (budgetKind < 0.75) {
      budgetCell = pick(["", "-", "belum ditentukan", null]);
      budgetIdr = null;
    } else budgetCell = dots(budget);
    const people = 10 + Math.floor(r() * 490);
    const peopleKind = r();
    let peopleCell: string | number | null = people;
    let beneficiaries: number | null = people;
    if (peopleKind < 0.2) peopleCell = `${people} orang`;
    else if (peopleKind < 0.3) {
      peopleCell = pick(["", "-", null]);
      beneficiaries = null;
    }
    const m1 = 1 + Math.floor(r() * 9);
    const m2 = Math.min(12, m1 + 1 + Math.floor(r() * 4));
    let startDate: string | null = iso(year, m1, 1);
    let endDate: string | null = iso(year, m2, lastDay(year, m2));
    const title = r() < 0.2 ? title0.toUpperCase() : title0;
    const sectorCell = pick(SECTOR_WORDS[sector] ?? [sector]);
    if (opts.style === "one-column") {
      const dateKind = r();
      let start: string;
      let end: string;
      if (dateKind < 0.3) {
        start = `${MONTHS[m1 - 1]} ${year}`;
        end = `${MONTHS[m2 - 1]} ${year}`;
      } else if (dateKind < 0.6) {
        start = `1/${m1}/${year}`;
        end = `${lastDay(year, m2)}/${m2}/${year}`;
      } else if (dateKind < 0.8) {
        start = `01-${String(m1).padStart(2, "0")}-${year}`;
        end = `${lastDay(year, m2)}-${String(m2).padStart(2, "0")}-${year}`;
      } else {
        start = String(year);
        end = String(year);
        startDate = iso(year, 1, 1);
        endDate = iso(year, 12, 31);
      }
      body.push([i + 1, title, sectorCell, tgText, placeText, start, end, budgetCell, peopleCell, r() < 0.2 ? "lanjutan tahun lalu" : null]);
    } else {
      // Split columns: village, district, regency; the period is the year.
      const village = kind < 0.15 ? null : kind < 0.25 ? v.name.toUpperCase() : v.name;
      if (village === null) areas = [d.code];
      startDate = iso(year, 1, 1);
      endDate = iso(year, 12, 31);
      body.push([title, sectorCell, village, d.name, pick(REGENCY_SHORT[reg.code] ?? [reg.name]), tgText, year, budgetCell, peopleCell]);
    }
    expected.push({ row: rowNo, title, sector, areas, ambiguous, targetGroup: tg, budgetIdr, beneficiaries, startDate, endDate });
  }
  const rows: (string | number | null)[][] =
    opts.style === "one-column"
      ? [
          [`RENCANA PROGRAM TJSL ${opts.name.toUpperCase()} TAHUN ${year}`],
          [],
          ["No", "Nama Program", "Bidang", "Sasaran", "Lokasi", "Mulai", "Selesai", "Anggaran (Rp)", "Jumlah Penerima Manfaat", "Keterangan"],
          ...body,
        ]
      : [["Nama Kegiatan", "Sektor", "Desa/Kelurahan", "Kecamatan", "Kabupaten/Kota", "Kelompok Sasaran", "Tahun", "Nilai (Rp)", "Penerima Manfaat"], ...body];
  return { name: opts.name, rows, expected };
}
