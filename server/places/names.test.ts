import { describe, expect, it } from "vitest";
import { editDistance, letterGap, letterMask } from "./fuzzy";
import { englishName, nameKey, nameTokens, splitRegencyName } from "./names";

describe("nameKey", () => {
  it.each([
    ["Loktuan", "Lok Tuan"],
    ["Margasari", "Marga Sari"],
    ["Lawe Lawe", "Lawe-lawe"],
    ["Sei Nangka", "Sungainangka"],
    ["Sei. Meriam", "SUNGAI  MERIAM"],
    ["Tj. Redeb", "Tanjung Redeb"],
    ["Kp. Baru", "Kampung Baru"],
    ["Kota Bangun III", "Kota Bangun 3"],
    ["Long Penaneh 01", "Long Penaneh I"],
    ["Long La'ai", "Long Laai"],
    ["Mu’ut", "Muut"],
    ["Bidúk-Bidúk", "biduk biduk"],
  ])("%s = %s", (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ["Manggar", "Manggar Baru"],
    ["Kota Bangun I", "Kota Bangun II"],
    ["Sungai Meriam", "Sungai Mariam"],
  ])("%s ≠ %s", (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });

  it("keeps a leading I as a word, not a numeral", () => {
    expect(nameTokens("I Gusti, RT.05")).toEqual(["i", "gusti", "rt", "05"]);
    expect(nameKey("I Gusti")).toBe("igusti");
  });

  it("splits regency names into kind and core", () => {
    expect(splitRegencyName("Kabupaten Kutai Kartanegara")).toEqual({ kind: "kab", core: "Kutai Kartanegara" });
    expect(splitRegencyName("Kota Administrasi Jakarta Selatan")).toEqual({ kind: "kota", core: "Jakarta Selatan" });
    expect(splitRegencyName("Anggana")).toEqual({ kind: null, core: "Anggana" });
  });
});

describe("editDistance", () => {
  it.each([
    ["sungaimariam", "sungaimeriam", 1],
    ["guntng", "guntung", 1],
    ["anggnaa", "anggana", 1],
    ["bontang", "bontang", 0],
    ["samarinda", "balikpapan", 4],
  ])("%s → %s is %i (capped at 3)", (a, b, d) => {
    expect(editDistance(a, b, 3)).toBe(d);
  });

  it("bounds by the letters the names hold", () => {
    expect(letterGap(letterMask("guntung"), letterMask("guntng"))).toBe(0);
    expect(letterGap(letterMask("abc"), letterMask("xyz"))).toBe(3);
    expect(letterGap(letterMask("samarinda"), letterMask("balikpapan"))).toBeLessThanOrEqual(editDistance("samarinda", "balikpapan", 20));
  });
});

describe("English names of areas", () => {
  it("puts the compass word first, as English does", () => {
    expect(englishName("Kutai Timur")).toBe("East Kutai");
    expect(englishName("Sulawesi Tenggara")).toBe("Southeast Sulawesi");
    expect(englishName("Sumba Barat Daya")).toBe("Southwest Sumba");
    expect(englishName("Penajam Paser Utara")).toBe("North Penajam Paser");
    expect(englishName("Jawa Tengah")).toBe("Central Jawa");
    expect(englishName("Samarinda")).toBeNull();
    expect(englishName("Utara")).toBeNull();
  });
});
