import { describe, expect, it } from "vitest";
import { TARGET_GROUPS, type TargetGroup } from "@/lib/enums";
import { en } from "@/lib/i18n/messages/en";
import { id } from "@/lib/i18n/messages/id";
import { DEFAULT_TARGET_TERMS } from "./default-terms";
import { inferTargetGroup, type TargetTerm } from "./infer";
import { normaliseTargetTerm, typoDistance } from "./normalise";

const infer = (text: string) => inferTargetGroup(text, DEFAULT_TARGET_TERMS);

// Target groups as companies write them in proposals and annual CSR reports, messy on purpose.
const CASES: [string, TargetGroup | null][] = [
  ["lansia", "elderly"],
  ["Lanjut Usia", "elderly"],
  ["50 orang jompo di Panti Sosial Tresna Werdha", "elderly"],
  ["warga lansia Kel. Sempaja", "elderly"],
  ["Posyandu Lansia Melati", "elderly"],
  ["manula", "elderly"],
  ["siswa SD", "students"],
  ["Siswa/siswi SMP Negeri 3 Bontang", "students"],
  ["pelajar SMA berprestasi", "students"],
  ["santri Ponpes Hidayatullah", "students"],
  ["mahasiswa asal Kutim", "students"],
  ["anak sekolah", "students"],
  ["anak SD di pesisir", "students"],
  ["penerima beasiswa dari keluarga tidak mampu", "students"],
  ["guru PAUD", "students"],
  ["balita stunting", "children"],
  ["Balita & Baduta", "children"],
  ["ibu hamil dan menyusui", "children"],
  ["ibu hamil dan balita", "children"],
  ["Ibu Balita di Posyandu", "children"],
  ["bumil KEK", "children"],
  ["anak yatim", "children"],
  ["anak-anak yatim piatu Panti Asuhan Al-Ikhlas", "children"],
  ["anak2 usia dini", "children"],
  ["bayi baru lahir", "children"],
  ["keluarga berisiko stunting", "children"],
  ["nelayan", "farmers_fishers"],
  ["nelayan Muara Badak", "farmers_fishers"],
  ["kelompok tani Sumber Rejeki", "farmers_fishers"],
  ["Poktan Maju Jaya", "farmers_fishers"],
  ["petani sawit swadaya", "farmers_fishers"],
  ["pembudidaya rumput laut", "farmers_fishers"],
  ["peternak sapi Desa Sidomulyo", "farmers_fishers"],
  ["masyarakat nelayan pesisir", "farmers_fishers"],
  ["nelayan miskin", "farmers_fishers"],
  ["petani perempuan", "farmers_fishers"],
  ["UMKM binaan", "msme"],
  ["pelaku usaha mikro", "msme"],
  ["pedagang kaki lima Pasar Pagi", "msme"],
  ["pengrajin anyaman rotan", "msme"],
  ["BUMDes", "msme"],
  ["KPM PKH", "poor_households"],
  ["keluarga prasejahtera", "poor_households"],
  ["Keluarga Pra-Sejahtera", "poor_households"],
  ["warga miskin", "poor_households"],
  ["masyarakat kurang mampu", "poor_households"],
  ["kaum dhuafa", "poor_households"],
  ["penghuni RTLH", "poor_households"],
  ["penyandang disabilitas", "disabilities"],
  ["difabel", "disabilities"],
  ["Tunanetra dan Tunarungu", "disabilities"],
  ["siswa SLB", "students"],
  ["anak berkebutuhan khusus", "disabilities"],
  ["pemuda", "youth"],
  ["Karang Taruna Desa Bhuana Jaya", "youth"],
  ["remaja putri", "youth"],
  ["anak muda", "youth"],
  ["perempuan", "women"],
  ["ibu-ibu PKK", "women"],
  ["ibu rumah tangga", "women"],
  ["Kelompok Wanita Tani (KWT) Mawar", "women"],
  ["perempuan nelayan", "women"],
  ["kader posyandu", "health_workers_cadres"],
  ["kader kesehatan", "health_workers_cadres"],
  ["bidan desa", "health_workers_cadres"],
  ["tenaga kesehatan Puskesmas", "health_workers_cadres"],
  ["korban banjir Samarinda", "disaster_victims"],
  ["warga terdampak kebakaran", "disaster_victims"],
  ["pengungsi", "disaster_victims"],
  ["masyarakat adat Dayak Kenyah", "indigenous"],
  ["Komunitas Adat Terpencil", "indigenous"],
  ["warga desa", "general_public"],
  ["masyarakat umum", "general_public"],
  ["masyarakat ring 1", "general_public"],
  ["Warga RT 05", "general_public"],
  ["Villagers", "general_public"],
  ["Local community", "general_public"],
  // Category codes and labels map too.
  ["elderly", "elderly"],
  ["Lanjut usia", "elderly"],
  ["poor_households", "poor_households"],
  ["People with disabilities", "disabilities"],
  ["health_workers_cadres", "health_workers_cadres"],
  // Unknown words: no category, never an error.
  ["Desa Sumber Rejeki", null],
  ["", null],
  ["   ", null],
  ["-", null],
  ["tbd", null],
  ["taman kanak-kanak", "children"],
];

describe("inferTargetGroup on words as companies write them", () => {
  it("has at least sixty real phrases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });
  it.each(CASES)("%j → %s", (text, expected) => {
    expect(infer(text).category).toBe(expected);
  });
});

describe("inferTargetGroup rules", () => {
  it("names the synonym that decided, as written in the list", () => {
    expect(infer("Lansia di Kec. Loa Janan")).toEqual({ category: "elderly", term: "lansia" });
    expect(infer("KPM PKH")).toEqual({ category: "poor_households", term: "KPM PKH" });
    expect(infer("ibu hamil")).toEqual({ category: "children", term: "ibu hamil" });
    expect(infer("???")).toEqual({ category: null, term: null });
  });
  it("matches whole words only", () => {
    expect(infer("kanak").category).toBeNull();
    expect(infer("anakan sawit").category).toBeNull(); // seedlings, not children
    expect(infer("pedesaan").category).toBeNull();
    expect(infer("ibukota").category).toBeNull();
  });
  it("lets the longest phrase win at a position", () => {
    expect(infer("ibu").category).toBe("women");
    expect(infer("ibu hamil").category).toBe("children");
    expect(infer("masyarakat").category).toBe("general_public");
    expect(infer("masyarakat adat").category).toBe("indigenous");
    expect(infer("koperasi").category).toBe("msme");
    expect(infer("koperasi nelayan").category).toBe("farmers_fishers");
  });
  it("ranks: general public only alone, poverty below any named group, else the first mentioned", () => {
    expect(infer("warga nelayan").category).toBe("farmers_fishers");
    expect(infer("lansia tidak mampu").category).toBe("elderly");
    expect(infer("keluarga miskin dan anak yatim").category).toBe("children");
    expect(infer("lansia dan penyandang disabilitas").category).toBe("elderly");
    expect(infer("penyandang disabilitas dan lansia").category).toBe("disabilities");
    expect(infer("masyarakat miskin").category).toBe("poor_households");
  });
  it("forgives one typo in long words, and never reads a real word as a typo", () => {
    expect(infer("lansai").category).toBe("elderly");
    expect(infer("nelayn").category).toBe("farmers_fishers");
    expect(infer("pertani").category).toBe("farmers_fishers");
    expect(infer("penyandang disabiltas").category).toBe("disabilities");
    expect(infer("lansai").term).toBe("lansia");
    expect(infer("santai").category).toBeNull(); // relaxed, not santri
    expect(infer("wirausaha pemula").category).toBe("msme"); // a beginner, not pemuda
    expect(infer("pelayar").category).toBeNull();
    expect(infer("siswi").category).toBe("students");
    expect(infer("sisa").category).toBeNull(); // short words get no typo allowance
    expect(infer("bali").category).toBeNull();
  });
  it("lets a later term override an earlier one (admin rows after defaults)", () => {
    const terms: TargetTerm[] = [...DEFAULT_TARGET_TERMS, { term: "Nelayan", category: "msme" }, { term: "Sumber Rejeki", category: "farmers_fishers" }];
    expect(inferTargetGroup("nelayan", terms)).toEqual({ category: "msme", term: "Nelayan" });
    expect(inferTargetGroup("Desa Sumber Rejeki", terms).category).toBe("farmers_fishers");
  });
});

describe("the default list", () => {
  it("covers every category with its code and both labels", () => {
    for (const g of TARGET_GROUPS) {
      expect(infer(g).category).toBe(g);
      expect(infer(id.targetGroups[g]).category).toBe(g);
      expect(infer(en.targetGroups[g]).category).toBe(g);
      expect(DEFAULT_TARGET_TERMS.filter((t) => t.category === g).length).toBeGreaterThan(5);
    }
  });
  it("never lists one phrase under two categories", () => {
    const seen = new Map<string, TargetGroup>();
    for (const t of DEFAULT_TARGET_TERMS) {
      const key = normaliseTargetTerm(t.term);
      expect(key, t.term).not.toBe("");
      const before = seen.get(key);
      if (before) expect(`${key}: ${before}`).toBe(`${key}: ${t.category}`);
      seen.set(key, t.category);
    }
  });
});

describe("normaliseTargetTerm and typoDistance", () => {
  it("normalises case, accents, punctuation and written reduplication", () => {
    expect(normaliseTargetTerm("  Ibu-ibu  PKK, ")).toBe("ibu ibu pkk");
    expect(normaliseTargetTerm("poor_households")).toBe("poor households");
    expect(normaliseTargetTerm("anak2 Yatim")).toBe("anak anak yatim");
    expect(normaliseTargetTerm("Lansía")).toBe("lansia");
    expect(normaliseTargetTerm("RT 05/RW 02")).toBe("rt 05 rw 02");
  });
  it("counts a swap as one typo", () => {
    expect(typoDistance("lansia", "lansai")).toBe(1);
    expect(typoDistance("nelayan", "nelayn")).toBe(1);
    expect(typoDistance("petani", "pertani")).toBe(1);
    expect(typoDistance("petani", "pedagang")).toBe(2);
    expect(typoDistance("abc", "abc")).toBe(0);
  });
});
