import { describe, expect, it } from "vitest";
import { analyzeText, placeTerms, rawWords, stem } from "./text";
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

  it("drops stop words and numbers and marks generic words", () => {
    const tokens = analyzeText("Program bantuan untuk 100 perahu di desa", th);
    expect(tokens.map((t) => t.term)).toEqual(["bantu", "perahu"]);
    expect(tokens.find((t) => t.term === "bantu")?.weight).toBeLessThan(1);
    expect(tokens.find((t) => t.term === "perahu")?.weight).toBe(1);
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
