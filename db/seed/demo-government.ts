import { eq } from "drizzle-orm";
import type { Tx } from "../client";
import { governmentActivities, programAreas, programs } from "../schema";
import type { GovernmentFunding, Sector, TargetGroup } from "@/lib/enums";
import { agencyKeyOf } from "@/lib/government/agency-key";

/**
 * Government activities in the demo's villages (issue 10, point 8): reference data beside the
 * demo CSR programs, marked is_demo. The agencies, places and program names are real; the
 * figures are illustrative ("data contoh"). Program, kegiatan and sub-kegiatan names follow the
 * Permendagri 90/2019 nomenclature where it applies (APBD); codes are left blank rather than
 * guessed. Village budgets (APBDes) use the village nomenclature, and APBN social assistance
 * (PKH, Program Sembako/BPNT) is given as recipient counts (KPM) per village.
 *
 * What they set up against the demo CSR programs:
 *  - double funding, houses: Dinas Perkim Paser's RTLH in Janju and Pepara (2025) beside
 *    STG-2025-007 (semen, RTLH) and BDE-2025-006 (bank, bedah rumah) in the same villages;
 *  - double funding, water: Dinas PUPR Kutai Kartanegara's SPAM in Samboja Kuala and Muara
 *    Sembilang (2026) beside MEL-2026-005, and Dinas PUPR Kutai Timur's SPAM in Kaubun (2025)
 *    beside SBM-2025-016 (sumur bor);
 *  - double funding, children: Dana Desa stunting activities in Karangan Hilir and Karangan
 *    Dalam (2025) beside KBP-2025-008 and SBM-2025-005 (the Kecamatan Karangan case);
 *  - complement: KBP-2025-030 (assistive devices for people with disabilities) names Dinas
 *    Sosial Kutai Timur's social rehabilitation of people with disabilities as the program it supports.
 */
export interface DemoGovernmentActivity {
  ref: string;
  agency: string;
  funding: GovernmentFunding;
  title: string;
  description: string;
  sector: Sector;
  targetGroup: TargetGroup;
  targetGroupText: string;
  areas: string[];
  startDate: string;
  endDate: string;
  budgetIdr: number | null;
  plannedBeneficiaries: number | null;
  programName?: string;
  kegiatanName?: string;
  subKegiatanName?: string;
  sourceName: string;
  sourceDate: string;
  /** Demo CSR programs (by ref) that name this activity as the one they support. */
  supportedBy?: string[];
}

const PKH_NOTE =
  "Bantuan sosial bersyarat bagi keluarga miskin dan rentan yang terdaftar di DTSEN, disalurkan bertahap melalui bank Himbara dan PT Pos. Komponen kesehatan (ibu hamil, balita), pendidikan (anak sekolah) dan kesejahteraan sosial (lansia, penyandang disabilitas berat).";
const SEMBAKO_NOTE =
  "Bantuan pangan Program Sembako (BPNT) Rp 200.000 per bulan per keluarga penerima manfaat, dibelanjakan di e-warong untuk beras, telur, lauk dan sayur. Anggaran dihitung dari jumlah KPM selama 12 bulan.";

/** APBN social assistance in one village: PKH and Program Sembako recipient counts (KPM). */
function apbnAssistance(code: string, village: string, slug: string, pkh: number, sembako: number): DemoGovernmentActivity[] {
  const common = {
    agency: "Kementerian Sosial",
    funding: "apbn" as const,
    sector: "social" as const,
    targetGroup: "poor_households" as const,
    targetGroupText: "keluarga penerima manfaat (KPM) miskin dan rentan",
    areas: [code],
    startDate: "2025-01-01",
    endDate: "2025-12-31",
    sourceDate: "2025-06-30",
  };
  return [
    {
      ...common,
      ref: `PKH-2025-${slug}`,
      title: `Program Keluarga Harapan (PKH) ${village}: ${pkh} KPM`,
      description: PKH_NOTE,
      budgetIdr: null,
      plannedBeneficiaries: pkh,
      sourceName: "Kemensos, data penyaluran PKH 2025 per desa (data contoh)",
    },
    {
      ...common,
      ref: `SEMBAKO-2025-${slug}`,
      title: `Program Sembako/BPNT ${village}: ${sembako} KPM`,
      description: SEMBAKO_NOTE,
      budgetIdr: sembako * 200_000 * 12,
      plannedBeneficiaries: sembako,
      sourceName: "Kemensos, data penyaluran Program Sembako 2025 per desa (data contoh)",
    },
  ];
}

export const DEMO_GOVERNMENT_ACTIVITIES: DemoGovernmentActivity[] = [
  {
    ref: "PERKIM-PSR-RTLH-2025-01",
    agency: "Dinas Perumahan dan Kawasan Permukiman Kabupaten Paser",
    funding: "apbd_regency",
    title: "Rehabilitasi Rumah Tidak Layak Huni di Desa Janju dan Pepara",
    description:
      "Rehabilitasi 40 rumah tidak layak huni milik keluarga miskin di Desa Janju dan Pepara, Kecamatan Tanah Grogot: bantuan bahan bangunan (semen, besi, rangka atap, seng) dan upah tukang sekitar Rp 30 juta per rumah. Penerima dari basis data RTLH dinas yang dipadankan dengan DTSEN dan usulan musrenbang desa.",
    sector: "infrastructure",
    targetGroup: "poor_households",
    targetGroupText: "keluarga miskin penghuni rumah tidak layak huni",
    areas: ["64.01.04.2002", "64.01.04.2005"],
    startDate: "2025-03-03",
    endDate: "2025-11-28",
    budgetIdr: 1_200_000_000,
    plannedBeneficiaries: 40,
    programName: "Program Pengembangan Perumahan",
    sourceName: "DPA Dinas Perumahan dan Kawasan Permukiman Kab. Paser 2025 (data contoh)",
    sourceDate: "2025-01-20",
  },
  {
    ref: "PUPR-KKR-SPAM-2026-03",
    agency: "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Kutai Kartanegara",
    funding: "apbd_regency",
    title: "Pembangunan SPAM Jaringan Perpipaan Kelurahan Samboja Kuala dan Muara Sembilang",
    description:
      "Pembangunan instalasi pengolahan air kapasitas 5 liter per detik, reservoir dan jaringan pipa distribusi dengan 450 sambungan rumah bagi warga Kelurahan Samboja Kuala dan Muara Sembilang, Kecamatan Samboja, yang belum terlayani PDAM. Pengelolaan diserahkan kepada Perumda Air Minum Tirta Mahakam.",
    sector: "infrastructure",
    targetGroup: "general_public",
    targetGroupText: "rumah tangga yang belum terlayani air minum perpipaan",
    areas: ["64.02.13.1010", "64.02.13.1013"],
    startDate: "2026-02-02",
    endDate: "2026-11-30",
    budgetIdr: 4_500_000_000,
    plannedBeneficiaries: 450,
    programName: "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum",
    kegiatanName: "Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum (SPAM) di Daerah Kabupaten/Kota",
    sourceName: "DPA Dinas PUPR Kab. Kutai Kartanegara 2026 (data contoh)",
    sourceDate: "2026-01-15",
  },
  {
    ref: "PUPR-KTM-SPAM-2025-07",
    agency: "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Kutai Timur",
    funding: "apbd_regency",
    title: "Perluasan Jaringan Air Bersih Perdesaan di Desa Bumi Etam dan Bumi Rapak, Kecamatan Kaubun",
    description:
      "Pembangunan sumur bor produksi, menara air dan jaringan pipa distribusi dengan hidran umum untuk sekitar 300 keluarga di Desa Bumi Etam dan Bumi Rapak yang kekurangan air bersih pada musim kemarau. Pengelolaan oleh BUMDes dengan iuran pemeliharaan.",
    sector: "infrastructure",
    targetGroup: "general_public",
    targetGroupText: "keluarga yang kesulitan air bersih",
    areas: ["64.08.15.2001", "64.08.15.2002"],
    startDate: "2025-04-01",
    endDate: "2025-11-28",
    budgetIdr: 2_750_000_000,
    plannedBeneficiaries: 300,
    programName: "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum",
    kegiatanName: "Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum (SPAM) di Daerah Kabupaten/Kota",
    sourceName: "DPA Dinas PUPR Kab. Kutai Timur 2025 (data contoh)",
    sourceDate: "2025-01-10",
  },
  {
    ref: "APBDES-KRH-2025-STUNTING",
    agency: "Pemerintah Desa Karangan Hilir",
    funding: "apbdes",
    title: "Pencegahan Stunting: PMT Balita dan Kelas Ibu Balita Desa Karangan Hilir",
    description:
      "Dana Desa untuk pemberian makanan tambahan berbahan pangan lokal bagi 38 balita stunting dan gizi kurang selama 90 hari, kelas ibu balita setiap bulan, dan insentif kader posyandu. Sasaran dari data e-PPGBM Puskesmas Karangan.",
    sector: "health",
    targetGroup: "children",
    targetGroupText: "balita stunting dan gizi kurang",
    areas: ["64.08.16.2007"],
    startDate: "2025-02-03",
    endDate: "2025-12-19",
    budgetIdr: 96_000_000,
    plannedBeneficiaries: 38,
    kegiatanName: "Penyelenggaraan Posyandu (Makanan Tambahan, Kelas Ibu Hamil, Kelas Lansia, Insentif Kader Posyandu)",
    sourceName: "APBDes Desa Karangan Hilir 2025 (data contoh)",
    sourceDate: "2025-01-31",
  },
  {
    ref: "APBDES-KRD-2025-STUNTING",
    agency: "Pemerintah Desa Karangan Dalam",
    funding: "apbdes",
    title: "Pemberian Makanan Tambahan Balita Stunting Desa Karangan Dalam",
    description:
      "Dana Desa untuk PMT lokal (telur, ikan, susu) bagi 30 balita stunting, pemantauan berat dan tinggi badan bulanan di posyandu, serta insentif kader. Data sasaran dari Tim Percepatan Penurunan Stunting desa.",
    sector: "health",
    targetGroup: "children",
    targetGroupText: "balita stunting",
    areas: ["64.08.16.2001"],
    startDate: "2025-03-03",
    endDate: "2025-12-19",
    budgetIdr: 72_000_000,
    plannedBeneficiaries: 30,
    kegiatanName: "Penyelenggaraan Posyandu (Makanan Tambahan, Kelas Ibu Hamil, Kelas Lansia, Insentif Kader Posyandu)",
    sourceName: "APBDes Desa Karangan Dalam 2025 (data contoh)",
    sourceDate: "2025-02-05",
  },
  {
    ref: "DINSOS-KTM-REHSOS-2025-02",
    agency: "Dinas Sosial Kabupaten Kutai Timur",
    funding: "apbd_regency",
    title: "Rehabilitasi Sosial dan Asesmen Penyandang Disabilitas Terlantar di Sangatta Utara, Sangatta Selatan dan Bengalon",
    description:
      "Asesmen kebutuhan, pemenuhan kebutuhan dasar dan bimbingan sosial bagi 150 penyandang disabilitas terlantar dari keluarga miskin di luar panti, termasuk rujukan alat bantu dan terapi. Hasil asesmen menjadi data sasaran bantuan alat bantu dari mitra CSR.",
    sector: "social",
    targetGroup: "disabilities",
    targetGroupText: "penyandang disabilitas terlantar dari keluarga miskin",
    areas: ["64.08.04", "64.08.12", "64.08.09"],
    startDate: "2025-03-03",
    endDate: "2025-12-19",
    budgetIdr: 850_000_000,
    plannedBeneficiaries: 150,
    programName: "Program Rehabilitasi Sosial",
    kegiatanName:
      "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial",
    sourceName: "DPA Dinas Sosial Kab. Kutai Timur 2025 (data contoh)",
    sourceDate: "2025-01-17",
    supportedBy: ["KBP-2025-030"],
  },
  ...apbnAssistance("64.08.16.2001", "Desa Karangan Dalam", "KRD", 112, 164),
  ...apbnAssistance("64.08.16.2007", "Desa Karangan Hilir", "KRH", 87, 131),
  ...apbnAssistance("64.08.16.2004", "Desa Baay", "BAY", 54, 78),
  ...apbnAssistance("64.01.04.2002", "Desa Janju", "JNJ", 96, 142),
  ...apbnAssistance("64.01.04.2005", "Desa Pepara", "PPR", 71, 103),
  ...apbnAssistance("64.02.13.1010", "Kelurahan Samboja Kuala", "SBK", 203, 286),
];

/** Inserts the demo government activities (reference data) and the complement links of demo CSR programs. */
export async function seedDemoGovernment(tx: Tx, refs: { programs: Map<string, string>; createdBy: string | null }): Promise<number> {
  for (const a of DEMO_GOVERNMENT_ACTIVITIES) {
    const [row] = await tx
      .insert(programs)
      .values({
        source: "government",
        companyId: null,
        status: "reference",
        ref: a.ref,
        title: a.title,
        description: a.description,
        sector: a.sector,
        targetGroup: a.targetGroup,
        targetGroupText: a.targetGroupText,
        startDate: a.startDate,
        endDate: a.endDate,
        budgetIdr: a.budgetIdr,
        plannedBeneficiaries: a.plannedBeneficiaries,
        createdBy: refs.createdBy,
      })
      .returning({ id: programs.id });
    if (!row) throw new Error(`demo government activity ${a.ref}: insert returned nothing`);
    await tx.insert(governmentActivities).values({
      programId: row.id,
      ref: a.ref,
      funding: a.funding,
      agency: a.agency,
      agencyKey: agencyKeyOf(a.agency),
      programName: a.programName ?? null,
      kegiatanName: a.kegiatanName ?? null,
      subKegiatanName: a.subKegiatanName ?? null,
      sourceName: a.sourceName,
      sourceDate: a.sourceDate,
      isDemo: true,
      createdBy: refs.createdBy,
    });
    await tx.insert(programAreas).values(a.areas.map((areaCode) => ({ programId: row.id, areaCode })));
    for (const ref of a.supportedBy ?? []) {
      const csrId = refs.programs.get(ref);
      if (!csrId) throw new Error(`demo government activity ${a.ref}: unknown supporting program ${ref}`);
      await tx.update(programs).set({ supportsActivityId: row.id }).where(eq(programs.id, csrId));
    }
  }
  return DEMO_GOVERNMENT_ACTIVITIES.length;
}
