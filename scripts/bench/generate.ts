// A national-scale data set for benchmarks: programs over real village codes of every province,
// with the clustering, nesting and duplicates real forums show. Deterministic for a given seed.
import { SECTORS, TARGET_GROUPS, type Sector } from "@/lib/enums";

export interface AreaRow {
  code: string;
  parent_code: string | null;
  level: number;
  name: string;
}

export interface BenchProgram {
  id: string;
  companyIndex: number;
  ref: string;
  title: string;
  description: string;
  sector: Sector;
  targetGroup: string;
  startDate: string;
  endDate: string;
  budgetIdr: number;
  beneficiaries: number;
  areas: string[];
}

/** mulberry32: small, fast, seedable. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTIVITIES: Record<Sector, string[][]> = {
  health: [
    ["Pemberian Makanan Tambahan bagi Balita Stunting", "PMT lokal 90 hari bagi balita gizi kurang bersama Posyandu dan Puskesmas"],
    ["Pengobatan Gratis dan Cek Kesehatan Lansia", "Pemeriksaan kesehatan, obat gratis, dan penyuluhan gizi bagi warga lanjut usia"],
    ["Penguatan Kader Posyandu", "Pelatihan kader, timbangan digital, dan alat ukur panjang badan untuk posyandu"],
    ["Pencegahan Anemia Remaja Putri", "Tablet tambah darah dan edukasi gizi bagi siswi SMP dan SMA"],
    ["Operasi Katarak Gratis", "Skrining mata dan operasi katarak bagi warga kurang mampu bersama rumah sakit daerah"],
  ],
  education: [
    ["Beasiswa Pelajar Berprestasi", "Beasiswa biaya pendidikan per tahun bagi siswa dari keluarga kurang mampu"],
    ["Renovasi Perpustakaan Sekolah", "Perbaikan ruang perpustakaan dan pengadaan buku bacaan anak"],
    ["Pelatihan Guru PAUD", "Pelatihan metode belajar sambil bermain bagi guru pendidikan anak usia dini"],
    ["Bantuan Perlengkapan Sekolah", "Seragam, tas, dan alat tulis bagi pelajar SD keluarga prasejahtera"],
  ],
  economy: [
    ["Pelatihan Menjahit bagi Ibu Rumah Tangga", "Kursus tata busana tiga bulan dan bantuan mesin jahit untuk kelompok PKK"],
    ["Bantuan Perahu dan Alat Tangkap Nelayan", "Pengadaan perahu fiber, mesin tempel, dan alat tangkap bagi kelompok nelayan"],
    ["Pendampingan UMKM Olahan Pangan", "Pelatihan pengemasan, izin PIRT, dan pemasaran daring bagi pelaku usaha mikro"],
    ["Budidaya Ikan Air Tawar", "Kolam bioflok, benih lele, dan pakan awal bagi pembudidaya ikan"],
    ["Bantuan Bibit dan Pupuk Petani", "Bibit unggul, pupuk, dan pendampingan penyuluh bagi kelompok tani"],
  ],
  environment: [
    ["Penanaman Mangrove", "Pembibitan dan penanaman mangrove bersama kelompok masyarakat pesisir"],
    ["Bank Sampah Warga", "Pendirian bank sampah, timbangan, dan pelatihan pengelola"],
    ["Penghijauan Daerah Aliran Sungai", "Penanaman pohon buah dan kayu di sempadan sungai"],
  ],
  social: [
    ["Bedah Rumah Tidak Layak Huni", "Rehabilitasi rumah keluarga miskin bersama Dinas Perkim"],
    ["Santunan Lansia Terlantar", "Paket sembako dan santunan bulanan bagi lansia terlantar"],
    ["Bantuan Alat Bantu Disabilitas", "Kursi roda, kruk, dan alat bantu dengar bagi penyandang disabilitas"],
  ],
  infrastructure: [
    ["Pembangunan Sarana Air Bersih", "Sumur bor, tandon, dan jaringan pipa untuk rumah warga"],
    ["Semenisasi Jalan Lingkungan", "Pengecoran jalan lingkungan dan drainase"],
    ["Pembangunan Jamban Sehat", "Jamban sehat dengan septic tank untuk keluarga yang belum memiliki"],
  ],
  disaster: [
    ["Bantuan Logistik Korban Banjir", "Beras, mi instan, air mineral, dan selimut untuk warga terdampak banjir"],
    ["Pelatihan Masyarakat Peduli Api", "Pelatihan dan peralatan pemadam kebakaran hutan dan lahan"],
    ["Posko Tanggap Darurat Bencana", "Dapur umum dan perahu evakuasi bersama BPBD"],
  ],
};

const OPENERS = ["Program", "Kegiatan", "", "", "CSR:"];
const CLOSERS = ["tahap I", "tahun anggaran berjalan", "", "", "bekerja sama dengan pemerintah desa"];

/** A generated data set read one program at a time (an array of BenchProgram fits too). */
export interface ProgramSet {
  readonly length: number;
  at(i: number): BenchProgram | undefined;
}

export interface GenerateOptions {
  /** Start dates spread over this many years, ending with 2026 (default 3: 2024–2026, as the first benches). */
  years?: number;
}

const DAY = 86_400_000;
const isoDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const ACTIVITY_OFFSETS = (() => {
  // One index over every sector's activities: sector s, activity k is ACTIVITY_OFFSETS[s] + k.
  const out: number[] = [];
  let n = 0;
  for (const s of SECTORS) {
    out.push(n);
    n += ACTIVITIES[s].length;
  }
  return out;
})();
const ACTIVITY_LIST = SECTORS.flatMap((s) => ACTIVITIES[s]);

/**
 * `count` programs over the given villages, kept as columns of small integers (about 60 bytes a
 * program, so a million fit in a small heap) and built into a BenchProgram only when read. About
 * 2% are re-registrations of another program (reworded, same places and dates), 4% a similar
 * activity of another company nearby, 15% sit at district level, 4% at regency level.
 * Deterministic for a given seed: the same random draws in the same order as the first version,
 * which held every program, so with the default 3 years the data are those of the earlier tables.
 */
export function generateProgramSet(villages: AreaRow[], count: number, seed = 7, companies = 2000, options: GenerateOptions = {}): ProgramSet {
  const years = options.years ?? 3;
  const firstYear = 2027 - years;
  const rand = rng(seed);
  const pickIndex = (n: number) => Math.floor(rand() * n);
  // Area codes and village names interned: a program holds one or two code indices.
  const codes: string[] = [];
  const codeIndex = new Map<string, number>();
  const intern = (code: string) => {
    let k = codeIndex.get(code);
    if (k === undefined) {
      k = codes.length;
      codes.push(code);
      codeIndex.set(code, k);
    }
    return k;
  };
  // Programs cluster: a fifth of the villages get most of them.
  const hot = villages.filter(() => rand() < 0.2);
  const col = () => new Int32Array(count);
  /** The program re-registered (a revision), else -1. */
  const src = col();
  const company = col();
  const sector = new Uint8Array(count);
  const activity = new Uint8Array(count);
  const opener = new Uint8Array(count);
  const closer = new Uint8Array(count);
  const target = new Uint8Array(count);
  /** The village named in the title, else -1. */
  const named = col();
  const area0 = col();
  /** The second area, else -1. */
  const area1 = col();
  const start = col();
  const end = col();
  const people = new Int16Array(count);
  const budget = col();
  const beneficiaries = col();
  const villageIndex = new Map(villages.map((v, i) => [v, i]));
  for (let i = 0; i < count; i++) {
    const prev = i > 0 ? pickIndex(i) : -1;
    const roll = rand();
    const companyIndex = pickIndex(companies);
    if (prev >= 0 && roll < 0.02) {
      src[i] = prev;
      company[i] = rand() < 0.6 ? (company[prev] as number) : companyIndex;
      sector[i] = sector[prev] as number;
      target[i] = target[prev] as number;
      start[i] = start[prev] as number;
      end[i] = end[prev] as number;
      budget[i] = budget[prev] as number;
      beneficiaries[i] = beneficiaries[prev] as number;
      // The areas in reverse order.
      if ((area1[prev] as number) >= 0) {
        area0[i] = area1[prev] as number;
        area1[i] = area0[prev] as number;
      } else {
        area0[i] = area0[prev] as number;
        area1[i] = -1;
      }
      continue;
    }
    src[i] = -1;
    company[i] = companyIndex;
    const near = prev >= 0 && roll < 0.06;
    const s = near ? (sector[prev] as number) : pickIndex(SECTORS.length);
    sector[i] = s;
    activity[i] = pickIndex(ACTIVITIES[SECTORS[s] as Sector].length);
    let villageCode: string;
    let villageName = -1;
    if (near) villageCode = codes[area0[prev] as number] as string;
    else {
      const v = rand() < 0.8 && hot.length ? (hot[pickIndex(hot.length)] as AreaRow) : (villages[pickIndex(villages.length)] as AreaRow);
      villageCode = v.code;
      villageName = v.name ? (villageIndex.get(v) as number) : -1;
    }
    const parts = villageCode.split(".");
    const level = rand();
    area1[i] = -1;
    if (level < 0.04) area0[i] = intern(parts.slice(0, 2).join("."));
    else if (level < 0.19) area0[i] = intern(parts.slice(0, 3).join("."));
    else {
      area0[i] = intern(villageCode);
      if (rand() < 0.3) area1[i] = intern((villages[pickIndex(villages.length)] as AreaRow).code);
    }
    const y = firstYear + pickIndex(years);
    const m = pickIndex(12);
    const d = 1 + pickIndex(27);
    start[i] = Date.UTC(y, m, d) / DAY;
    end[i] = (start[i] as number) + 30 + pickIndex(330);
    opener[i] = pickIndex(OPENERS.length);
    named[i] = villageName;
    closer[i] = pickIndex(CLOSERS.length);
    people[i] = 50 + pickIndex(400);
    target[i] = pickIndex(TARGET_GROUPS.length);
    budget[i] = 25 + pickIndex(2000);
    beneficiaries[i] = 20 + pickIndex(1000);
  }

  const text = (i: number): { title: string; description: string } => {
    const from = src[i] as number;
    if (from >= 0) {
      const t = text(from);
      return {
        title: t.title.replace("Pemberian", "Penyaluran").replace("Bantuan", "Dukungan") + " (revisi)",
        description: t.description.split(" ").reverse().join(" "),
      };
    }
    const [title, description] = ACTIVITY_LIST[(ACTIVITY_OFFSETS[sector[i] as number] as number) + (activity[i] as number)] as string[];
    const name = (named[i] as number) >= 0 ? (villages[named[i] as number] as AreaRow).name : "";
    return {
      title: `${OPENERS[opener[i] as number]} ${title} ${name ? `di ${name}` : ""} ${CLOSERS[closer[i] as number]}`.replace(/\s+/g, " ").trim(),
      description: `${description}. Sasaran ${people[i]} orang.`,
    };
  };
  return {
    length: count,
    at(i: number): BenchProgram | undefined {
      if (!Number.isInteger(i) || i < 0 || i >= count) return undefined;
      return {
        id: `00000000-0000-4000-8000-${(i + 1).toString(16).padStart(12, "0")}`,
        companyIndex: company[i] as number,
        ref: `B-${i}`,
        ...text(i),
        sector: SECTORS[sector[i] as number] as Sector,
        targetGroup: TARGET_GROUPS[target[i] as number] as string,
        startDate: isoDay(start[i] as number),
        endDate: isoDay(end[i] as number),
        budgetIdr: (budget[i] as number) * 1_000_000,
        beneficiaries: beneficiaries[i] as number,
        areas: (area1[i] as number) >= 0 ? [codes[area0[i] as number] as string, codes[area1[i] as number] as string] : [codes[area0[i] as number] as string],
      };
    },
  };
}

/** Every program of generateProgramSet as an array (small sets). */
export function generatePrograms(villages: AreaRow[], count: number, seed = 7, companies = 2000, options: GenerateOptions = {}): BenchProgram[] {
  const set = generateProgramSet(villages, count, seed, companies, options);
  return Array.from({ length: count }, (_, i) => set.at(i) as BenchProgram);
}

/** Sets read one after the other as one. */
export function concatSets(...sets: ProgramSet[]): ProgramSet {
  const length = sets.reduce((n, s) => n + s.length, 0);
  return {
    length,
    at(i: number) {
      for (const s of sets) {
        if (i < s.length) return s.at(i);
        i -= s.length;
      }
      return undefined;
    },
  };
}

/**
 * New programs for live checks, placed where programs already are (a new program in an active
 * village), with their own activity, dates and text.
 */
export function probePrograms(existing: ProgramSet, count: number, seed = 99, options: GenerateOptions = {}): BenchProgram[] {
  const rand = rng(seed);
  const fresh = generatePrograms(
    Array.from({ length: Math.min(1000, existing.length) }, (_, i) => ({ code: existing.at(i)?.areas[0] ?? "64", parent_code: null, level: 4, name: "" })),
    count,
    seed,
    1,
    options,
  );
  return fresh.map((p, i) => {
    const near = existing.at(Math.floor(rand() * existing.length)) as BenchProgram;
    return { ...p, id: `probe-${i}`, areas: near.areas, sector: rand() < 0.5 ? near.sector : p.sector };
  });
}
