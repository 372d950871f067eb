import { describe, expect, it } from "vitest";
import { analyzeProgram, comparePeriods, comparePrograms, compareAreas, compareTargets, type ProgramForMatching } from "./scoring";
import { Thesaurus } from "./thesaurus";
import { DEFAULT_THESAURUS } from "./thesaurus.defaults";

const th = new Thesaurus(DEFAULT_THESAURUS);
let n = 0;
const KARANGAN_DALAM = { code: "64.08.16.2001", name: "Karangan Dalam" };
const KARANGAN_HILIR = { code: "64.08.16.2007", name: "Karangan Hilir" };
const KEC_KARANGAN = { code: "64.08.16", name: "Karangan" };
const PLACES = ["Kalimantan Timur", "Kabupaten Kutai Timur", "Karangan", "Karangan Dalam", "Karangan Hilir"];

function program(over: Partial<ProgramForMatching>) {
  const companyName = over.companyName ?? (over.companyId === "c2" ? "PT Dua Bersaudara" : "PT Satu");
  return analyzeProgram(
    {
      id: `p${++n}`,
      companyId: "c1",
      companyName,
      title: "Pemberian Makanan Tambahan bagi Balita Stunting di Desa Karangan Dalam",
      description: "PMT lokal selama 90 hari bagi balita gizi kurang bersama Posyandu dan Puskesmas Karangan.",
      sector: "health",
      targetGroup: "children",
      startDate: "2025-03-01",
      endDate: "2025-12-31",
      budgetIdr: 300_000_000,
      beneficiaries: 120,
      areas: [KARANGAN_DALAM, KARANGAN_HILIR],
      placeNames: PLACES,
      ...over,
    },
    th,
  );
}

describe("areas and periods", () => {
  it("relates areas by containment on whole segments", () => {
    expect(compareAreas([KEC_KARANGAN], [KARANGAN_DALAM]).best?.outer.code).toBe("64.08.16");
    expect(compareAreas([{ code: "64.1", name: "x" }], [{ code: "64.11", name: "y" }]).best).toBeNull();
    expect(compareAreas([KARANGAN_DALAM, KARANGAN_HILIR], [KARANGAN_HILIR]).match).toBeCloseTo(0.75);
  });
  it("measures period overlap in days", () => {
    const p = comparePeriods({ startDate: "2025-01-01", endDate: "2025-12-31" }, { startDate: "2025-07-01", endDate: "2026-06-30" });
    expect(p.days).toBe(184);
    expect(p.from).toBe("2025-07-01");
    expect(p.to).toBe("2025-12-31");
    expect(
      comparePeriods({ startDate: "2025-01-01", endDate: "2025-06-30" }, { startDate: "2025-07-01", endDate: "2025-12-31" }).days,
    ).toBe(0);
  });
});

describe("duplicate and overlap detection", () => {
  it("finds a reworded re-submission with villages in another order as a duplicate", () => {
    const a = program({});
    const b = program({
      title: "PMT Balita Gizi Kurang Ds. Karangan Hilir & Karangan Dalam",
      description: "Pemberian makanan tambahan lokal 90 hari utk balita stunting, kerja sama Posyandu.",
      areas: [KARANGAN_HILIR, KARANGAN_DALAM],
      startDate: "2025-03-03",
      budgetIdr: 295_000_000,
    });
    const m = comparePrograms(a, b);
    expect(m?.kind).toBe("duplicate");
    expect(m?.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(["same_area", "period_overlap", "text_similar"]));
  });

  it("flags a similar activity of another company in a village inside the program's district as an overlap", () => {
    const district = program({
      companyId: "c2",
      title: "Orang Tua Asuh Anak Stunting Kecamatan Karangan",
      description: "Pendampingan keluarga dan pemberian makanan bergizi tambahan bagi balita stunting oleh karyawan sebagai bapak asuh.",
      areas: [KEC_KARANGAN],
      startDate: "2025-05-01",
      endDate: "2025-11-30",
      budgetIdr: 120_000_000,
      beneficiaries: 40,
    });
    const m = comparePrograms(program({}), district);
    expect(m?.kind).toBe("overlap");
    expect(m?.reasons[0]).toEqual({ code: "area_contains", outer: KEC_KARANGAN, inner: KARANGAN_DALAM });
  });

  it("does not match another sector, another place, or a renewal in a later period", () => {
    const a = program({});
    expect(comparePrograms(a, program({ sector: "education" }))).toBeNull();
    expect(comparePrograms(a, program({ areas: [{ code: "64.72.01.1001", name: "Rawa Makmur" }] }))).toBeNull();
    expect(comparePrograms(a, program({ startDate: "2026-01-01", endDate: "2026-12-31" }))).toBeNull();
  });

  it("does not match a clearly different activity in the same sector and place", () => {
    const sewing = program({
      sector: "economy",
      targetGroup: "women",
      title: "Pelatihan Menjahit bagi Ibu Rumah Tangga Desa Karangan Dalam",
      description: "Kursus tata busana 3 bulan dan bantuan 10 mesin jahit untuk kelompok PKK.",
    });
    const boats = program({
      sector: "economy",
      targetGroup: "farmers_fishers",
      title: "Bantuan Perahu Fiber dan Mesin Tempel bagi Nelayan Karangan Dalam",
      description: "Penyerahan 8 unit perahu dan alat tangkap kepada kelompok nelayan sungai.",
    });
    expect(comparePrograms(sewing, boats)).toBeNull();
  });

  it("keeps place names out of the text similarity", () => {
    const a = program({
      title: "Festival Budaya Desa Karangan Dalam",
      description: "Pentas seni tari di Karangan Dalam.",
      sector: "social",
    });
    const b = program({
      title: "Posko Donor Darah Desa Karangan Dalam",
      description: "Donor darah bersama PMI di Karangan Dalam.",
      sector: "social",
    });
    expect(comparePrograms(a, b)).toBeNull();
  });

  it("treats co-funding partners who name each other as one activity, though each describes its own share", () => {
    const lenses = program({
      companyId: "c1",
      companyName: "PT Agro Sawit Wahau",
      sector: "health",
      targetGroup: "elderly",
      title: "Operasi Katarak Gratis bagi Lansia Kecamatan Karangan (bersama PT Tambang Etam Nusantara)",
      description: "Bakti sosial operasi katarak untuk 80 lansia, skrining di puskesmas, operasi di rumah sakit lapangan.",
      areas: [KEC_KARANGAN],
      beneficiaries: 80,
      budgetIdr: 160_000_000,
    });
    const transport = program({
      companyId: "c2",
      companyName: "PT Tambang Etam Nusantara",
      sector: "health",
      targetGroup: "elderly",
      title: "Baksos Bedah Mata Katarak Kec. Karangan - kolaborasi ASW",
      description: "Porsi kami: lensa dan transport pasien manula dari desa. 80 pasien.",
      areas: [KEC_KARANGAN],
      beneficiaries: 80,
      budgetIdr: 140_000_000,
    });
    const m = comparePrograms(lenses, transport);
    expect(m?.kind).toBe("duplicate");
    expect(m?.reasons.map((r) => r.code)).toContain("partner_named");
  });

  it("scores between 0 and 1 and explains itself", () => {
    const m = comparePrograms(program({}), program({ companyId: "c2" }));
    expect(m).not.toBeNull();
    expect(m?.score).toBeGreaterThan(0.5);
    expect(m?.score).toBeLessThanOrEqual(1);
    expect(m?.reasons.find((r) => r.code === "shared_terms")).toMatchObject({
      terms: expect.arrayContaining(["pemberian makanan tambahan", "stunting"]),
    });
  });
});

describe("same target group, by category or in words", () => {
  it("counts equal categories, as before", () => {
    expect(compareTargets(program({}), program({}))).toEqual({ same: true, shown: "children" });
    expect(compareTargets(program({ targetGroup: "elderly" }), program({}))).toEqual({ same: false, shown: null });
    expect(compareTargets(program({ targetGroup: null }), program({ targetGroup: null })).same).toBe(false);
  });

  it("counts target groups in words that mostly agree, leaving place names out", () => {
    const words = (a: string | null, b: string | null, over: Partial<ProgramForMatching> = {}) =>
      compareTargets(
        program({ targetGroup: null, targetGroupText: a, ...over }),
        program({ targetGroup: null, targetGroupText: b, ...over }),
      );
    expect(words("nelayan", "Para NELAYAN Muara Badak")).toEqual({ same: true, shown: "nelayan" });
    expect(words("kelompok tani Sumber Rejeki", "Poktan  sumber-rejeki")).toEqual({ same: true, shown: "tani sumber rejeki" });
    expect(words("balita stunting", "balita stunting dan ibu hamil").same).toBe(true); // the shorter one wholly inside the other
    expect(words("balita stunting", "balita dan ibu hamil").same).toBe(false); // half of the shorter one
    expect(words("warga Desa Karangan Dalam", "nelayan Karangan Dalam").same).toBe(false); // only the place is shared
    expect(words("ibu hamil", "ibu rumah tangga").same).toBe(false);
    expect(words("nelayan", null).same).toBe(false);
    expect(words("  ", "nelayan").same).toBe(false);
    // Words agree even where one side has a category and the other none yet.
    expect(
      compareTargets(
        program({ targetGroup: "farmers_fishers", targetGroupText: "nelayan" }),
        program({ targetGroup: null, targetGroupText: "nelayan tradisional" }),
      ).same,
    ).toBe(true);
  });

  it("gives the shared words as the reason when the categories do not say it", () => {
    const a = program({ targetGroup: null, targetGroupText: "nelayan Muara Badak" });
    const b = program({ companyId: "c2", targetGroup: null, targetGroupText: "nelayan" });
    const m = comparePrograms(a, b);
    expect(m?.features.sameTarget).toBe(true);
    expect(m?.reasons).toContainEqual({ code: "same_target", targetGroup: "nelayan" });
    const none = comparePrograms(a, program({ companyId: "c2", targetGroup: null, targetGroupText: "lansia" }));
    expect(none?.features.sameTarget).toBe(false);
    expect(none?.reasons.map((r) => r.code)).not.toContain("same_target");
  });
});

describe("accuracy work of issue 10", () => {
  const KUTAI_LAMA = { code: "64.02.04.2004", name: "Kutai Lama" };
  const inKutaiLama = (over: Partial<ProgramForMatching>) =>
    program({
      sector: "infrastructure",
      targetGroup: "general_public",
      areas: [KUTAI_LAMA],
      placeNames: ["Kalimantan Timur", "Kabupaten Kutai Kartanegara", "Anggana", "Kutai Lama"],
      startDate: "2025-03-03",
      endDate: "2025-10-31",
      budgetIdr: 500_000_000,
      ...over,
    });

  it("catches a miss that shared place, sector and period but only synonyms: kakao and cokelat", () => {
    const a = program({
      sector: "economy",
      targetGroup: "farmers_fishers",
      title: "Pendampingan Petani Kakao Desa Karangan Dalam",
      description: "Sekolah lapang budidaya kakao: pemangkasan dan fermentasi biji.",
    });
    const b = program({
      companyId: "c2",
      sector: "economy",
      targetGroup: "farmers_fishers",
      title: "Penguatan Kebun Cokelat Rakyat Karangan Dalam",
      description: "Bibit coklat unggul dan pelatihan pasca panen biji.",
      budgetIdr: 90_000_000,
      beneficiaries: 30,
    });
    expect(comparePrograms(a, b)?.kind).toBe("overlap");
  });

  it("matches numbers however written: 3.000 mangrove seedlings and tiga ribu bakau are one planting", () => {
    const a = program({
      sector: "environment",
      targetGroup: "general_public",
      title: "Penanaman 3.000 Bibit Mangrove Desa Karangan Dalam",
      description: "Penanaman 3.000 bibit mangrove di pesisir bersama kelompok sadar lingkungan.",
    });
    const b = program({
      sector: "environment",
      targetGroup: "general_public",
      title: "Rehabilitasi Pesisir: Tanam Tiga Ribu Bakau",
      description: "Tanam tiga ribu propagul bakau bersama pokdarwis.",
    });
    const m = comparePrograms(a, b);
    expect(m?.kind).toBe("duplicate");
    expect(m?.reasons.find((r) => r.code === "shared_terms")).toMatchObject({ terms: expect.arrayContaining(["3.000"]) });
  });

  it("does not pair food packages with an outing for street children on shared 'the' and 'and'", () => {
    const food = program({
      companyId: "c1",
      sector: "social",
      targetGroup: "poor_households",
      title: "Food Packages for the Elderly and the Poor in Karangan Dalam",
      description: "Distribution of food to the elderly and to the poor families of the village, with the help of the mosque.",
    });
    const outing = program({
      companyId: "c2",
      sector: "social",
      targetGroup: "children",
      title: "Fun Day Outing for the Street Children and the Volunteers of Karangan Dalam",
      description: "A day trip to the beach for the street children and the volunteers who teach them, with games and lunch.",
    });
    expect(comparePrograms(food, outing)).toBeNull();
    const sembako = program({
      companyId: "c3",
      sector: "social",
      targetGroup: "elderly",
      title: "Paket Sembako Lansia",
      startDate: "2025-03-17",
      endDate: "2025-04-11",
      budgetIdr: 40_000_000,
      beneficiaries: 150,
      description: "Sembako untuk lansia dan warga miskin.",
    });
    expect(comparePrograms(food, sembako)?.kind).toBe("overlap");
  });

  it("takes thin texts as one activity when the same company gives the same places, budget and people (the facts route)", () => {
    const a = program({
      sector: "economy",
      targetGroup: "msme",
      title: "Program Ekonomi Kreatif Desa Karangan Dalam",
      description: "Dukungan bagi 50 pelaku usaha.",
      beneficiaries: 50,
    });
    const b = program({
      sector: "economy",
      targetGroup: "msme",
      title: "Pemberdayaan Usaha Mikro Karangan",
      description: "Modal kerja dan pendampingan pemasaran untuk UMKM.",
      beneficiaries: 50,
    });
    const m = comparePrograms(a, b);
    expect(m?.kind).toBe("duplicate");
    expect(m?.features.factsAgree).toBe(true);
    // Another company with the same figures and thin text is not the same activity.
    expect(comparePrograms(a, { ...b, id: "other", companyId: "c9", companyName: "PT Lain Sekali" })).toBeNull();
    // Nor the same company with other figures.
    expect(comparePrograms(a, { ...b, id: "other2", budgetIdr: 120_000_000, beneficiaries: 20 })).toBeNull();
  });

  it("keeps a company's bridge and its road in one village apart, though dates, place and budget agree", () => {
    const bridge = inKutaiLama({
      title: "Pembangunan Jembatan Ulin Desa Kutai Lama",
      description: "Jembatan ulin panjang 30 meter penghubung RT 04 dan RT 07.",
      beneficiaries: 800,
    });
    const road = inKutaiLama({
      title: "Semenisasi Jalan Lingkungan Desa Kutai Lama",
      description: "Pengecoran jalan lingkungan sepanjang 1,2 km di RT 02 sampai RT 05.",
      beneficiaries: 600,
    });
    expect(comparePrograms(bridge, road)).toBeNull();
    // Even with the same number of people too, a bridge and a road share no words about the activity.
    expect(comparePrograms(bridge, { ...road, id: "road2", beneficiaries: 800 })).toBeNull();
  });

  it("relaxes the duplicate period bar where the facts agree, and only there", () => {
    const a = program({ startDate: "2025-01-06", endDate: "2025-12-19" });
    const later = program({ startDate: "2025-04-01", endDate: "2025-12-19" }); // 76% of the longer period, 85 days later
    expect(comparePrograms(a, later)?.kind).toBe("duplicate");
    const otherFigures = program({ startDate: "2025-04-01", endDate: "2025-12-19", budgetIdr: 280_000_000, beneficiaries: 110 });
    expect(comparePrograms(a, otherFigures)?.kind).toBe("overlap");
    const muchLater = program({ startDate: "2025-07-01", endDate: "2025-12-19" }); // 47%: still an overlap
    expect(comparePrograms(a, muchLater)?.kind).toBe("overlap");
  });

  it("names a partner from the text prepared once per program", () => {
    const x = program({
      companyId: "c1",
      companyName: "PT Agro Sawit Wahau",
      description: "PMT lokal bagi balita gizi kurang, kolaborasi DKU dan Posyandu Karangan.",
    });
    const y = program({ companyId: "c2", companyName: "PT Dermaga Kariangau Utama" });
    const z = program({ companyId: "c3", companyName: "PT Dermaga Kariangau Sentosa" });
    expect(x.mentionIndex.capitals.has("DKU")).toBe(true);
    expect(y.companyNames).toEqual({ words: ["dermaga", "kariangau", "utama"], acronym: "DKU" });
    expect(comparePrograms(x, y)?.features.partnerNamed).toBe(true);
    expect(comparePrograms(y, x)?.features.partnerNamed).toBe(true);
    expect(comparePrograms(x, z)?.features.partnerNamed).toBe(false);
    const byName = program({ companyId: "c4", companyName: "PT Tambang", description: "Bersama PT Dermaga Kariangau Utama." });
    expect(comparePrograms(byName, y)?.features.partnerNamed).toBe(true);
    expect(comparePrograms(byName, z)?.features.partnerNamed).toBe(false);
  });

  it("does not take one company's two activities with the very same dates, place and figures as one when the titles name different things", () => {
    const base = { sector: "economy", targetGroup: "farmers_fishers", beneficiaries: 30, budgetIdr: 180_000_000 } as const;
    const goats = program({
      ...base,
      title: "Bantuan Ternak Kambing Desa Karangan Dalam",
      description: "30 ekor kambing peranakan etawa dan kandang panggung.",
    });
    const hens = program({
      ...base,
      title: "Budidaya Ayam Petelur Karangan Dalam",
      description: "Kandang dan 1.000 ekor ayam petelur untuk BUMDes.",
    });
    expect(comparePrograms(goats, hens)).toBeNull();
    const youth = { sector: "economy", targetGroup: "youth", beneficiaries: 20, budgetIdr: 75_000_000 } as const;
    const catfish = program({
      ...youth,
      title: "Youth Catfish Farming Training",
      description: "Biofloc catfish farming: ponds, fingerlings and feed for the youth group.",
    });
    const sewing = program({
      ...youth,
      title: "Pelatihan Menjahit Karang Taruna",
      description: "Kursus menjahit dan sablon kaos untuk anggota karang taruna.",
    });
    expect(comparePrograms(catfish, sewing)).toBeNull(); // "training" and "pelatihan" are the format, not the activity
    const lights = program({
      sector: "infrastructure",
      targetGroup: "general_public",
      title: "Lampu Jalan Tenaga Surya Desa Karangan Dalam",
      description: "Pemasangan 50 lampu jalan tenaga surya di jalan desa dan dermaga.",
    });
    const paving = program({
      sector: "infrastructure",
      targetGroup: "general_public",
      title: "Semenisasi Jalan Desa Karangan Dalam",
      description: "Pengecoran jalan desa sepanjang 1 km menuju sekolah.",
    });
    expect(comparePrograms(lights, paving)?.kind ?? "none").not.toBe("duplicate");
  });

  it("relaxes the period bar only for the same company or a named partner", () => {
    const a = program({
      title: "Penerangan Jalan Umum Tenaga Surya",
      description: "PJU tenaga surya 40 titik.",
      startDate: "2025-05-05",
      endDate: "2025-09-30",
    });
    const otherCompany = program({
      companyId: "c2",
      title: "Lampu Jalan Tenaga Surya",
      description: "Pemasangan lampu jalan tenaga surya 40 titik.",
      startDate: "2025-06-02",
      endDate: "2025-10-31",
    });
    const m = comparePrograms(a, otherCompany);
    expect(m?.features.overlapOfLonger).toBeLessThan(0.85);
    expect(m?.kind).toBe("overlap");
    expect(comparePrograms(a, { ...otherCompany, id: "same", companyId: "c1" })?.kind).toBe("duplicate");
  });
});
