import { sql } from "drizzle-orm";
import type { Database } from "../client";
import { companies, forumMembers, priorityPrograms, programAreas, programs, users } from "../schema";
import type { ProgramStatus, Role, Sector, TargetGroup } from "../schema";
import { seedDemoGovernment } from "./demo-government";
import { seedDemoHistory } from "./demo-history";
import { seedDemoIndicators } from "./demo-indicators";
import { seedDemoNeeds } from "./demo-needs";
import { DEMO_PROGRAMS } from "./demo-programs";

/** Every demo account uses this password; the README lists the accounts. */
export const DEMO_PASSWORD = "Kaltim-Demo-2026";

export interface DemoCompany {
  key: string;
  name: string;
  legalName: string;
  businessSector: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  jurisdictions: string[];
}

export interface DemoProgram {
  company: string;
  ref: string;
  title: string;
  description: string;
  sector: Sector;
  targetGroup: TargetGroup;
  /** Who the program is for, as the company wrote it. */
  targetGroupText?: string;
  areas: string[];
  startDate: string;
  endDate: string;
  /** Null: the company has not stated it yet (as many published programs do); never 0. */
  budgetIdr: number | null;
  plannedBeneficiaries: number | null;
  status: ProgramStatus;
  priority?: string;
}

// Fictional companies of the kinds that sit in the Kaltim forum (oil and gas, fertilizer, coal,
// palm oil, a regional bank, cement, a port). The names are invented so that no real company is
// credited with programs it never ran.
export const DEMO_COMPANIES: DemoCompany[] = [
  {
    key: "mahakam",
    name: "PT Mahakam Energi Lestari",
    legalName: "PT Mahakam Energi Lestari Tbk",
    businessSector: "Minyak dan gas",
    contactName: "Rina Wulandari",
    contactEmail: "csr@mahakam-energi.demo",
    contactPhone: "0541-700100",
    jurisdictions: ["64"],
  },
  {
    key: "pupuk",
    name: "PT Pupuk Borneo Sejahtera",
    legalName: "PT Pupuk Borneo Sejahtera (Persero)",
    businessSector: "Pupuk dan petrokimia",
    contactName: "Hendra Saputra",
    contactEmail: "tjsl@pupuk-borneo.demo",
    contactPhone: "0548-410200",
    jurisdictions: ["64"],
  },
  {
    key: "kutai",
    name: "PT Kutai Batubara Prima",
    legalName: "PT Kutai Batubara Prima",
    businessSector: "Pertambangan batu bara",
    contactName: "Yohanes Lete",
    contactEmail: "csr@kutai-batubara.demo",
    contactPhone: "0549-21300",
    jurisdictions: ["64", "64.08"],
  },
  {
    key: "sawit",
    name: "PT Sawit Berau Makmur",
    legalName: "PT Sawit Berau Makmur",
    businessSector: "Perkebunan kelapa sawit",
    contactName: "Siti Aminah",
    contactEmail: "csr@sawit-berau.demo",
    contactPhone: "0554-22400",
    jurisdictions: ["64", "64.08"],
  },
  {
    key: "bank",
    name: "Bank Daerah Etam",
    legalName: "PT Bank Pembangunan Daerah Etam",
    businessSector: "Perbankan",
    contactName: "Andi Pratama",
    contactEmail: "csr@bank-etam.demo",
    contactPhone: "0541-735500",
    jurisdictions: ["64"],
  },
  {
    key: "semen",
    name: "PT Semen Tanah Grogot",
    legalName: "PT Semen Tanah Grogot",
    businessSector: "Semen dan bahan bangunan",
    contactName: "Muhammad Rizal",
    contactEmail: "csr@semen-grogot.demo",
    contactPhone: "0543-21600",
    jurisdictions: ["64"],
  },
  {
    key: "pelabuhan",
    name: "PT Pelabuhan Teluk Balikpapan",
    legalName: "PT Pelabuhan Teluk Balikpapan",
    businessSector: "Kepelabuhanan dan logistik",
    contactName: "Dewi Kartika",
    contactEmail: "tjsl@pelabuhan-balikpapan.demo",
    contactPhone: "0542-410700",
    jurisdictions: ["64"],
  },
];

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  company?: string;
  jurisdiction?: string;
}

export const DEMO_USERS: DemoUser[] = [
  { email: "admin@dinsos.demo", name: "Agus Hariyanto", role: "admin", jurisdiction: "64" },
  { email: "reviewer@dinsos.demo", name: "Nur Aisyah", role: "reviewer", jurisdiction: "64" },
  { email: "reviewer.kutim@dinsos.demo", name: "Bambang Sutrisno", role: "reviewer", jurisdiction: "64.08" },
  { email: "viewer@forumcsr.demo", name: "Fitri Handayani", role: "viewer", jurisdiction: "64" },
  { email: "officer@mahakam-energi.demo", name: "Rina Wulandari", role: "officer", company: "mahakam" },
  { email: "officer@kutai-batubara.demo", name: "Yohanes Lete", role: "officer", company: "kutai" },
  { email: "officer@pupuk-borneo.demo", name: "Hendra Saputra", role: "officer", company: "pupuk" },
  { email: "officer@sawit-berau.demo", name: "Siti Aminah", role: "officer", company: "sawit" },
];

export const DEMO_PRIORITY_PROGRAMS = [
  {
    key: "stunting",
    jurisdiction: "64",
    name: "Percepatan Penurunan Stunting",
    description: "Intervensi gizi spesifik dan sensitif di desa lokus stunting (Perpres 72/2021).",
  },
  {
    key: "kemiskinan-ekstrem",
    jurisdiction: "64",
    name: "Penghapusan Kemiskinan Ekstrem",
    description: "Sasaran keluarga miskin ekstrem menurut data P3KE/DTSEN.",
  },
  {
    key: "rtlh",
    jurisdiction: "64",
    name: "Rehabilitasi Rumah Tidak Layak Huni (RTLH)",
    description: "Bedah rumah bagi keluarga miskin bersama Dinas Perkim.",
  },
  {
    key: "beasiswa",
    jurisdiction: "64",
    name: "Beasiswa Kaltim Tuntas",
    description: "Beasiswa pendidikan bagi pelajar dan mahasiswa Kalimantan Timur.",
  },
  {
    key: "umkm",
    jurisdiction: "64",
    name: "Penguatan UMKM dan Ekonomi Desa",
    description: "Pelatihan, permodalan, dan pemasaran bagi usaha mikro.",
  },
  { key: "kutim-gizi", jurisdiction: "64.08", name: "Kutim Bebas Stunting", description: "Program gizi Pemerintah Kabupaten Kutai Timur." },
];

/**
 * Seeds a demo forum on an empty database: companies, one account of each role, priority
 * programs, realistic programs across Kaltim, government activities in their villages and BPS poverty figures. Does nothing when any company already exists.
 */
export async function seedDemo(db: Database, hashPassword: (p: string) => Promise<string>): Promise<{ seeded: boolean; programs: number }> {
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(companies);
  if (Number(existing?.n ?? 0) > 0) return { seeded: false, programs: 0 };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    const companyIds = new Map<string, string>();
    for (const { key, jurisdictions, ...c } of DEMO_COMPANIES) {
      const [row] = await tx.insert(companies).values(c).returning({ id: companies.id });
      if (!row) throw new Error("company insert returned nothing");
      companyIds.set(key, row.id);
      await tx.insert(forumMembers).values(jurisdictions.map((jurisdiction) => ({ companyId: row.id, jurisdiction })));
    }
    const officerOf = new Map<string, string>();
    const userOf = new Map<string, { id: string; jurisdiction: string | null }>();
    for (const u of DEMO_USERS) {
      const companyId = u.company ? companyIds.get(u.company) : undefined;
      const [row] = await tx
        .insert(users)
        .values({
          email: u.email,
          name: u.name,
          role: u.role,
          passwordHash,
          companyId: companyId ?? null,
          jurisdiction: u.jurisdiction ?? null,
        })
        .returning({ id: users.id });
      if (row && u.company) officerOf.set(u.company, row.id);
      if (row) userOf.set(u.email, { id: row.id, jurisdiction: u.jurisdiction ?? null });
    }
    const priorityIds = new Map<string, string>();
    for (const { key, ...p } of DEMO_PRIORITY_PROGRAMS) {
      const [row] = await tx.insert(priorityPrograms).values(p).returning({ id: priorityPrograms.id });
      if (row) priorityIds.set(key, row.id);
    }
    const programIds = new Map<string, string>();
    for (const p of DEMO_PROGRAMS) {
      const companyId = companyIds.get(p.company);
      if (!companyId) throw new Error(`demo program ${p.ref}: unknown company ${p.company}`);
      const [row] = await tx
        .insert(programs)
        .values({
          companyId,
          ref: p.ref,
          title: p.title,
          description: p.description,
          sector: p.sector,
          targetGroup: p.targetGroup,
          targetGroupText: p.targetGroupText ?? null,
          startDate: p.startDate,
          endDate: p.endDate,
          budgetIdr: p.budgetIdr,
          plannedBeneficiaries: p.plannedBeneficiaries,
          priorityProgramId: p.priority ? (priorityIds.get(p.priority) ?? null) : null,
          status: p.status,
          createdBy: officerOf.get(p.company) ?? null,
          submittedAt: p.status === "draft" ? null : sql`${p.startDate}::date - interval '30 days'`,
          ...demoRealization(p),
        })
        .returning({ id: programs.id });
      if (!row) throw new Error("program insert returned nothing");
      programIds.set(p.ref, row.id);
      await tx.insert(programAreas).values(p.areas.map((areaCode) => ({ programId: row.id, areaCode })));
      await seedDemoHistory(
        tx,
        { id: row.id, status: p.status, startDate: p.startDate },
        { officer: officerOf.get(p.company) ?? null, reviewer: userOf.get("reviewer@dinsos.demo")?.id ?? null },
      );
    }
    await seedDemoNeeds(tx, { users: userOf, companies: companyIds, programs: programIds, officers: officerOf });
    await seedDemoIndicators(tx);
    // Government activities in the same villages, as reference data (after the programs: a CSR program names the one it supports).
    await seedDemoGovernment(tx, { programs: programIds, createdBy: userOf.get("admin@dinsos.demo")?.id ?? null });
    return { seeded: true, programs: DEMO_PROGRAMS.length };
  });
}

/**
 * What running and finished demo programs report having delivered: most of the plan once done,
 * about half while under way, so the dashboard's "reached" figure is not empty.
 */
function demoRealization(p: {
  status: ProgramStatus;
  plannedBeneficiaries: number | null;
  budgetIdr: number | null;
  startDate: string;
  endDate: string;
}) {
  const share = p.status === "completed" ? 0.9 : p.status === "in_progress" ? 0.45 : null;
  if (share === null) return {};
  return {
    // Without a plan there is no share of it to report.
    reachedBeneficiaries: p.plannedBeneficiaries === null ? null : Math.round(p.plannedBeneficiaries * share),
    realizedBudgetIdr: p.budgetIdr === null ? null : Math.round((p.budgetIdr * (share + 0.05)) / 1_000_000) * 1_000_000,
    // Reported on the last day, or two months into a running program (never in the future).
    realizedAt:
      p.status === "completed"
        ? new Date(`${p.endDate}T17:00:00+08:00`)
        : new Date(Math.min(Date.parse(`${p.startDate}T17:00:00+08:00`) + 60 * 86_400_000, Date.now())),
  };
}
