// Many rows of messy plans, for the large-file tests and `npm run bench:import`: the same kinds of
// writing as messy.fixtures.ts (places in several forms, words for target groups, "Rp 1,5 M",
// months for periods, blanks), over real villages, deterministic for a seed.
import { MESSY_HEADER } from "./messy.fixtures";

export interface Village {
  name: string;
  district: string;
  regency: string;
}

const TITLES = [
  "Posyandu Lansia Sehat",
  "PMT Balita Stunting",
  "Beasiswa Siswa Berprestasi",
  "Pelatihan UMKM Kuliner",
  "Sumur Bor Air Bersih",
  "Penanaman Mangrove Pesisir",
  "Bedah Rumah Warga Miskin",
  "Pelatihan Menjahit Ibu Rumah Tangga",
  "Bantuan Alat Tangkap Nelayan",
  "Santunan Anak Yatim",
];
const SECTORS = ["Kesehatan", "Kesehatan Masyarakat", "Pendidikan", "Bidang Pendidikan", "Ekonomi/UMKM", "Ekonomi", "Infrastruktur", "Lingkungan Hidup", "Sosial", "Bencana"];
const SECTOR_OF_TITLE = [0, 1, 2, 5, 6, 7, 8, 5, 5, 8];
const TARGETS = ["lansia", "balita stunting", "pelajar SMA", "pelaku UMKM", "warga", "kelompok tani hutan", "keluarga miskin", "ibu rumah tangga", "nelayan kecil", "anak yatim"];
const PERIODS = ["2025", "Maret - Desember 2025", "Juni 2025", "01/07/2025 - 31/07/2025", "Jan s/d Des 2025"];
const BUDGETS = ["Rp 150.000.000", "250 jt", "Rp 1,5 M", null, "75.000.000", "Rp 300 juta", 45_000_000];
const COUNTS: (string | number | null)[] = [120, "120 orang", null, "± 300", 50, "1.250"];

/** A small deterministic generator (mulberry32), so a run can be repeated. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` data lines in the layout of MESSY_HEADER; about 2% ask for a place, 3% have an unknown sector. */
export function generateMessyLines(n: number, villages: Village[], seed = 7): (string | number | null)[][] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const lines: (string | number | null)[][] = [];
  for (let i = 0; i < n; i++) {
    const v = villages[i % villages.length] as Village;
    const t = i % TITLES.length;
    const roll = rnd();
    let place: string;
    let district: string | null = v.district;
    let regency: string | null = v.regency;
    if (roll < 0.02) [place, district, regency] = ["Kampung Baru", null, null];
    else if (roll < 0.3) [place, district, regency] = [`Desa ${v.name}, Kec. ${v.district}`, null, null];
    else if (roll < 0.45) place = `RT 0${1 + (i % 9)} Kel. ${v.name}`;
    else place = v.name;
    const sector = rnd() < 0.03 ? "Lain-lain" : rnd() < 0.1 ? null : (SECTORS[SECTOR_OF_TITLE[t] ?? 0] as string);
    lines.push([
      i + 1,
      rnd() < 0.1 ? null : `GEN-${String(i + 1).padStart(6, "0")}`,
      `${TITLES[t]} ${v.name}`,
      rnd() < 0.2 ? null : `Kegiatan ${TITLES[t]?.toLowerCase()} bersama pemerintah desa dan kader setempat`,
      sector,
      pick(TARGETS),
      place,
      district,
      regency,
      pick(PERIODS),
      pick(BUDGETS),
      pick(COUNTS),
      null,
      null,
    ]);
  }
  return lines;
}

export { MESSY_HEADER };
