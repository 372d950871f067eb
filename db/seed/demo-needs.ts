import { sql } from "drizzle-orm";
import type { Tx } from "../client";
import { needAdoptions, needs } from "../schema";
import type { Sector, TargetGroup } from "../schema";
import type { NeedSource } from "@/lib/enums";

export interface DemoNeed {
  /** Email of the reviewer who published it; their jurisdiction becomes the need's. */
  publishedBy: string;
  areaCode: string;
  sector: Sector;
  targetGroup: TargetGroup;
  title: string;
  description: string;
  estimatedBudgetIdr: number;
  source: NeedSource;
  sourceNote: string;
  allowCofunding?: boolean;
  /** How long ago it was published, so the gaps list shows ages. */
  ageDays: number;
  /** A demo company that took it on, optionally with the program (by ref) that answers it. */
  adoptedBy?: { company: string; programRef?: string; daysAfterPublishing: number };
}

// Priority needs in real Kaltim villages (codes from idn-area-data), of the kinds raised at
// musrenbang, found in DTKS data or seen on field surveys. Figures are illustrative.
export const DEMO_NEEDS: DemoNeed[] = [
  {
    publishedBy: "reviewer.kutim@dinsos.demo",
    areaCode: "64.08.10.2006", // Desa Bukit Makmur, Kec. Kaliorang, Kutai Timur
    sector: "infrastructure",
    targetGroup: "poor_households",
    title: "Rehabilitasi 25 Rumah Tidak Layak Huni di Desa Bukit Makmur",
    description:
      "Musrenbang desa mengusulkan perbaikan 25 rumah keluarga miskin berdinding papan lapuk, beratap bocor, dan berlantai tanah. Bantuan berupa bahan bangunan dan upah tukang, dikerjakan bersama warga secara gotong royong.",
    estimatedBudgetIdr: 750_000_000,
    source: "musrenbang",
    sourceNote: "Musrenbang Desa Bukit Makmur dan Musrenbang Kecamatan Kaliorang 2026",
    ageDays: 48,
  },
  {
    publishedBy: "reviewer@dinsos.demo",
    areaCode: "64.11.01.2006", // Kampung Ujoh Bilang, Kec. Long Bagun, Mahakam Ulu
    sector: "health",
    targetGroup: "children",
    title: "PMT Lokal bagi Balita Stunting dan Gizi Kurang di Ujoh Bilang",
    description:
      "Data DTKS dan e-PPGBM menunjukkan 64 balita stunting atau gizi kurang dari keluarga miskin di Ujoh Bilang. Dibutuhkan pemberian makanan tambahan berbahan pangan lokal selama 90 hari dan pendampingan kader posyandu.",
    estimatedBudgetIdr: 320_000_000,
    source: "dtks",
    sourceNote: "Padanan DTKS dan e-PPGBM, Januari 2026",
    allowCofunding: true,
    ageDays: 30,
    adoptedBy: { company: "pupuk", daysAfterPublishing: 6 },
  },
  {
    publishedBy: "reviewer@dinsos.demo",
    areaCode: "64.01.06.2002", // Desa Muara Adang, Kec. Long Ikis, Paser
    sector: "infrastructure",
    targetGroup: "general_public",
    title: "Sarana Air Bersih Perpipaan untuk Desa Muara Adang",
    description:
      "Survei lapangan Dinas Sosial dan pemerintah desa mencatat sekitar 180 keluarga masih mengambil air sungai untuk minum dan memasak. Dibutuhkan intake, instalasi penjernih sederhana, dan jaringan pipa ke empat titik keran umum.",
    estimatedBudgetIdr: 950_000_000,
    source: "field_survey",
    sourceNote: "Survei lapangan Dinas Sosial Provinsi, Februari 2026",
    ageDays: 21,
  },
  {
    publishedBy: "reviewer.kutim@dinsos.demo",
    areaCode: "64.08.15.2001", // Desa Bumi Etam, Kec. Kaubun, Kutai Timur
    sector: "infrastructure",
    targetGroup: "poor_households",
    title: "Sumur Bor dan Tandon Air untuk Musim Kemarau di Desa Bumi Etam",
    description:
      "Setiap kemarau sumur warga Bumi Etam mengering dan keluarga miskin membeli air tangki. Dibutuhkan sumur bor dalam dengan tandon dan keran umum yang dikelola BUMDes.",
    estimatedBudgetIdr: 280_000_000,
    source: "field_survey",
    sourceNote: "Kunjungan lapangan Dinas Sosial Kutai Timur",
    ageDays: 75,
    adoptedBy: { company: "sawit", programRef: "SBM-2025-016", daysAfterPublishing: 10 },
  },
  {
    publishedBy: "reviewer@dinsos.demo",
    areaCode: "64.72.01.1001", // Kelurahan Rawa Makmur, Kec. Palaran, Samarinda
    sector: "social",
    targetGroup: "disabilities",
    title: "Kursi Roda dan Alat Bantu Dengar bagi Penyandang Disabilitas di Rawa Makmur",
    description:
      "DTKS mencatat 37 penyandang disabilitas dari keluarga miskin di Rawa Makmur yang belum memiliki alat bantu. Dibutuhkan kursi roda, kruk, dan alat bantu dengar sesuai asesmen pekerja sosial.",
    estimatedBudgetIdr: 150_000_000,
    source: "dtks",
    sourceNote: "DTKS Kota Samarinda, pemutakhiran Desember 2025",
    ageDays: 9,
  },
];

/** Inserts the demo needs and their adoptions, with the ids the demo seed has just created. */
export async function seedDemoNeeds(
  tx: Tx,
  ids: {
    users: Map<string, { id: string; jurisdiction: string | null }>;
    companies: Map<string, string>;
    programs: Map<string, string>;
    officers: Map<string, string>;
  },
): Promise<number> {
  for (const { publishedBy, ageDays, adoptedBy, ...n } of DEMO_NEEDS) {
    const publisher = ids.users.get(publishedBy);
    if (!publisher?.jurisdiction) throw new Error(`demo need ${n.title}: unknown reviewer ${publishedBy}`);
    const createdAt = sql`now() - make_interval(days => ${ageDays})`;
    const [row] = await tx
      .insert(needs)
      .values({ ...n, jurisdiction: publisher.jurisdiction, createdBy: publisher.id, createdAt, updatedAt: createdAt })
      .returning({ id: needs.id });
    if (!row) throw new Error("need insert returned nothing");
    if (!adoptedBy) continue;
    const companyId = ids.companies.get(adoptedBy.company);
    if (!companyId) throw new Error(`demo need ${n.title}: unknown company ${adoptedBy.company}`);
    await tx.insert(needAdoptions).values({
      needId: row.id,
      companyId,
      programId: adoptedBy.programRef ? (ids.programs.get(adoptedBy.programRef) ?? null) : null,
      adoptedBy: ids.officers.get(adoptedBy.company) ?? null,
      adoptedAt: sql`now() - make_interval(days => ${ageDays - adoptedBy.daysAfterPublishing})`,
    });
  }
  return DEMO_NEEDS.length;
}
