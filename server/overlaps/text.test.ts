import { describe, expect, it } from "vitest";
import { analysisWords, analyzeText, NUMBER_WEIGHT, parseNumber, placeTerms, rawWords, stem, YEAR_WEIGHT } from "./text";
import { Thesaurus } from "./thesaurus";
import { DEFAULT_THESAURUS } from "./thesaurus.defaults";

const th = new Thesaurus(DEFAULT_THESAURUS);
const terms = (s: string) => analyzeText(s, th).map((t) => t.term);

describe("Indonesian text normalisation", () => {
  it("expands the abbreviations officers write", () => {
    expect(rawWords("Ds. Embalut, Kec. Tenggarong Seberang; bantuan 5 jt kpd warga")).toEqual([
      "desa",
      "embalut",
      "kecamatan",
      "tenggarong",
      "seberang",
      "bantuan",
      "5",
      "juta",
      "kepada",
      "warga",
    ]);
    expect(rawWords("Kel. Sempaja Selatan")).toEqual(["kelurahan", "sempaja", "selatan"]);
  });

  it("strips case, punctuation and diacritics", () => {
    expect(rawWords("PELATIHAN—Menjahit (tahap II)!")).toEqual(["pelatihan", "menjahit", "tahap", "ii"]);
    expect(rawWords("Café Ibu-Ibu")).toEqual(["cafe", "ibu", "ibu"]);
  });

  it("stems Indonesian words to their roots", () => {
    expect(stem("pelatihan")).toBe("latih");
    expect(stem("pengolahan")).toBe("olah");
    expect(stem("pendampingan")).toBe("damping");
    expect(stem("menjahit")).toBe("jahit");
  });

  it("maps the words officers use interchangeably to one concept", () => {
    expect(terms("santunan lanjut usia")).toEqual(terms("santunan jompo"));
    expect(terms("paket kebutuhan pokok")).toContain("sembako");
    expect(terms("Pemberian Makanan Tambahan bagi balita")).toContain("pmt");
    expect(terms("rehab Rumah Tidak Layak Huni")).toContain("rtlh");
    expect(terms("bedah rumah warga")).toContain("rtlh");
  });

  it("drops stop words, keeps numbers at a lower weight, and marks generic words", () => {
    const tokens = analyzeText("Program bantuan untuk 100 perahu di desa", th);
    expect(tokens.map((t) => t.term)).toEqual(["bantu", "100", "perahu"]);
    expect(tokens.find((t) => t.term === "bantu")?.weight).toBeLessThan(1);
    expect(tokens.find((t) => t.term === "perahu")?.weight).toBe(1);
    expect(tokens.find((t) => t.term === "100")?.weight).toBe(NUMBER_WEIGHT);
    expect(NUMBER_WEIGHT).toBeLessThan(1);
  });

  it("drops English function words, so that shared 'the' and 'and' say nothing", () => {
    expect(terms("Food Packages for the Elderly and the Poor")).toEqual(["sembako", "lansia", "miskin"]);
    expect(terms("Outing for the street children and the volunteers of the ward")).toEqual(["outing", "anakjalanan", "volunteers"]);
    expect(terms("the and for of to in with")).toEqual([]);
  });

  it("normalises numbers however they are written", () => {
    const num = (s: string) =>
      analyzeText(s, th)
        .filter((t) => /^\d/.test(t.term))
        .map((t) => t.term);
    for (const s of ["3.000", "3000", "3,000", "3 ribu", "tiga ribu", "3rb", "3 rb"]) expect(num(s), s).toEqual(["3000"]);
    for (const s of [
      "1,5 juta",
      "1.5 juta",
      "Rp 1.500.000",
      "1,5 jt",
      "satu setengah juta",
      "satu juta lima ratus ribu",
      "1 juta 500 ribu",
    ])
      expect(num(s), s).toEqual(["1500000"]);
    expect(num("satu juta")).toEqual(["1000000"]);
    expect(num("lima belas pengajar")).toEqual(["15"]);
    expect(num("dua puluh ekor")).toEqual(["20"]);
    expect(num("seratus dua puluh lima")).toEqual(["125"]);
    expect(num("sebelas")).toEqual(["11"]);
    expect(num("dua ratus lima puluh ribu")).toEqual(["250000"]);
    expect(num("3 milyar")).toEqual(["3000000000"]);
    // Two numbers side by side stay two numbers; a multiplier without a number is no number.
    expect(num("150 siswa 3 juta")).toEqual(["150", "3000000"]);
    expect(analyzeText("ribuan warga", th).map((t) => t.term)).not.toContain("1000");
  });

  it("keeps years as they are, at a low weight, and leaves dates and codes in pieces", () => {
    const year = analyzeText("tahun 2021", th);
    expect(year).toEqual([{ term: "2021", weight: YEAR_WEIGHT, surface: "2021" }]);
    expect(analysisWords("14.07.2025")).toEqual(["14", "07", "2025"]);
    expect(parseNumber(["tiga", "ribu", "bibit"], 0)).toEqual({ value: 3000, length: 2 });
    expect(parseNumber(["bibit"], 0)).toBeNull();
  });

  it("keeps the words used for fingerprints as they were (numbers split at their separators)", () => {
    expect(rawWords("Rp 3.000.000 ibu2")).toEqual(["rp", "3", "000", "000", "ibu2"]);
    expect(analysisWords("Rp 3.000.000 ibu2")).toEqual(["rp", "3000000", "ibu", "ibu"]);
  });

  it("knows the synonyms the held-out misses needed", () => {
    const same = (a: string, b: string, concept: string) => {
      expect(terms(a), a).toContain(concept);
      expect(terms(b), b).toContain(concept);
    };
    same("petani kakao", "kebun cokelat rakyat", "kakao");
    same("20 ekor sapi bali", "pengadaan indukan", "sapi");
    same("cek tensi lansia", "pemeriksaan tekanan darah", "hipertensi");
    same("beras, minyak goreng dan gula", "paket sembako", "sembako");
    same("bantuan kapal 3 GT", "perahu fiber", "perahu");
    same("jaring ikan", "alat tangkap", "alattangkap");
    same("fasilitasi KUR", "kredit usaha rakyat", "kur");
    same("rehab rumah", "house renovation", "rtlh");
    same("sumur bor", "PAMSIMAS", "airbersih");
    same("clean water supply", "air bersih", "airbersih");
    same("beasiswa", "scholarship", "beasiswa");
    same("posyandu", "pos pelayanan terpadu", "posyandu");
    same("gizi buruk", "stunting", "stunting");
    same("mangrove", "bakau", "mangrove");
    same("usaha mikro", "UMKM", "umkm");
    same("diklat", "training", "latih");
  });

  it("weighs training and skills as the format of an activity, like other generic words", () => {
    const w = (s: string) => analyzeText(s, th).find((t) => t.term === "latih" || t.term === "skill")?.weight;
    expect(w("pelatihan")).toBeLessThan(1);
    expect(w("training")).toBeLessThan(1);
    expect(w("skill")).toBeLessThan(1);
  });

  it("does not turn a network into a fishing net, nor a parent body into a cow", () => {
    expect(terms("perluasan jaringan pipa")).not.toContain("alattangkap");
    expect(terms("bantuan jaring")).toContain("alattangkap");
    expect(terms("puskesmas induk")).not.toContain("sapi");
    expect(terms("gula aren")).not.toContain("sembako");
  });

  it("turns area names into terms to leave out", () => {
    expect(placeTerms("Sungai Kunjang")).toEqual(["sungai", "kunjang"]);
    expect(placeTerms("Karangan Dalam")).toEqual(["karang"]);
  });

  it("lets staff extend the thesaurus", () => {
    const extended = new Thesaurus([
      ...DEFAULT_THESAURUS,
      { term: "gerobak usaha", concept: "gerobak" },
      { term: "rombong", concept: "gerobak" },
    ]);
    expect(analyzeText("bantuan rombong", extended).map((t) => t.term)).toContain("gerobak");
    expect(analyzeText("bantuan gerobak usaha", extended).map((t) => t.term)).toContain("gerobak");
  });
});
