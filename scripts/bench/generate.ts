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

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * `count` programs over the given villages. About 2% are re-registrations of another program
 * (reworded, same places and dates), 4% a similar activity of another company nearby, 15%
 * sit at district level, 4% at regency level.
 */
export function generatePrograms(villages: AreaRow[], count: number, seed = 7, companies = 2000): BenchProgram[] {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  // Programs cluster: a fifth of the villages get most of them.
  const hot = villages.filter(() => rand() < 0.2);
  const out: BenchProgram[] = [];
  for (let i = 0; i < count; i++) {
    const prev = out.length ? out[Math.floor(rand() * out.length)] : undefined;
    const roll = rand();
    const companyIndex = Math.floor(rand() * companies);
    const id = `00000000-0000-4000-8000-${(i + 1).toString(16).padStart(12, "0")}`;
    if (prev && roll < 0.02) {
      out.push({
        ...prev,
        id,
        companyIndex: rand() < 0.6 ? prev.companyIndex : companyIndex,
        ref: `B-${i}`,
        title: prev.title.replace("Pemberian", "Penyaluran").replace("Bantuan", "Dukungan") + " (revisi)",
        description: prev.description.split(" ").reverse().join(" "),
        areas: [...prev.areas].reverse(),
      });
      continue;
    }
    const sector = prev && roll < 0.06 ? prev.sector : pick(SECTORS);
    const [title, description] = prev && roll < 0.06 ? pick(ACTIVITIES[sector]) : pick(ACTIVITIES[sector]);
    const village = prev && roll < 0.06 ? { code: prev.areas[0] ?? "", name: "" } : rand() < 0.8 && hot.length ? pick(hot) : pick(villages);
    const parts = village.code.split(".");
    const level = rand();
    const areas =
      level < 0.04
        ? [parts.slice(0, 2).join(".")]
        : level < 0.19
          ? [parts.slice(0, 3).join(".")]
          : [village.code, ...(rand() < 0.3 ? [pick(villages).code] : [])];
    const start = new Date(Date.UTC(2024 + Math.floor(rand() * 3), Math.floor(rand() * 12), 1 + Math.floor(rand() * 27)));
    const end = new Date(start.getTime() + (30 + Math.floor(rand() * 330)) * 86_400_000);
    out.push({
      id,
      companyIndex,
      ref: `B-${i}`,
      title: `${pick(OPENERS)} ${title} ${village.name ? `di ${village.name}` : ""} ${pick(CLOSERS)}`.replace(/\s+/g, " ").trim(),
      description: `${description}. Sasaran ${50 + Math.floor(rand() * 400)} orang.`,
      sector,
      targetGroup: pick(TARGET_GROUPS),
      startDate: iso(start),
      endDate: iso(end),
      budgetIdr: (25 + Math.floor(rand() * 2000)) * 1_000_000,
      beneficiaries: 20 + Math.floor(rand() * 1000),
      areas,
    });
  }
  return out;
}

/**
 * New programs for live checks, placed where programs already are (a new program in an active
 * village), with their own activity, dates and text.
 */
export function probePrograms(existing: BenchProgram[], count: number, seed = 99): BenchProgram[] {
  const rand = rng(seed);
  const fresh = generatePrograms(
    existing.slice(0, 1000).map((p) => ({ code: p.areas[0] ?? "64", parent_code: null, level: 4, name: "" })),
    count,
    seed,
    1,
  );
  return fresh.map((p, i) => {
    const near = existing[Math.floor(rand() * existing.length)] as BenchProgram;
    return { ...p, id: `probe-${i}`, areas: near.areas, sector: rand() < 0.5 ? near.sector : p.sector };
  });
}
