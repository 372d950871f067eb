import { beforeAll, describe, expect, it } from "vitest";
import { readAreaRows } from "@/db/seed/regions";
import { PLACE_ALIASES } from "./aliases";
import { buildPlaceIndex, levelWordsFirst, placeLabel, resolvePlaces, type PlaceIndex, type PlaceNote, type PlacePart } from "./resolve";

// The real register (idn-area-data, 91,599 areas), built once for the file.
let index: PlaceIndex;
let buildMs = 0;
beforeAll(() => {
  const rows = readAreaRows().map((r) => ({ code: r.code, parentCode: r.parent_code, level: r.level, name: r.name }));
  const t = performance.now();
  index = buildPlaceIndex(rows);
  buildMs = performance.now() - t;
});

/** What one part must be: the status, then the code (or the exact candidate codes, or the first suggestion codes). */
type Want =
  | readonly ["resolved", string, PlaceNote?]
  | readonly ["code", string]
  | readonly ["ambiguous", readonly string[], PlaceNote?]
  | readonly ["unknown", readonly string[], PlaceNote?];

function describePart(p: PlacePart): Want {
  switch (p.status) {
    case "code":
      return ["code", p.code];
    case "resolved":
      return p.note ? ["resolved", p.code, p.note] : ["resolved", p.code];
    case "ambiguous":
      return p.note ? ["ambiguous", p.candidates.map((c) => c.code), p.note] : ["ambiguous", p.candidates.map((c) => c.code)];
    case "unknown":
      return p.note ? ["unknown", p.suggestions.map((c) => c.code), p.note] : ["unknown", p.suggestions.map((c) => c.code)];
  }
}

const KAMPUNG_BARU = ["64.02.06.1008", "64.02.12.2008", "64.09.01.1006"];
const SUMBER_SARI = ["64.02.02.2014", "64.02.07.2007", "64.02.19.2007", "64.07.07.2018", "64.08.18.2004", "64.09.03.2009"];

// Cells as officers write them, resolved for a Kaltim forum (within ["64"]) unless a row says otherwise.
const ROWS: readonly { cell: string; want: readonly Want[]; within?: readonly string[] | null }[] = [
  // Names with their context, in both orders, with and without commas or level words.
  { cell: "Kel. Guntung, Bontang Utara, Kota Bontang", want: [["resolved", "64.74.01.1004"]] },
  { cell: "Desa Sungai Meriam, Kec. Anggana, Kukar", want: [["resolved", "64.02.04.2006"]] },
  { cell: "Kukar, Kec. Anggana, Desa Sungai Meriam", want: [["resolved", "64.02.04.2006"]] },
  { cell: "Desa Sungai Meriam Kec. Anggana Kab. Kukar", want: [["resolved", "64.02.04.2006"]] },
  { cell: "kel. guntung rt.05 bontang utara", want: [["resolved", "64.74.01.1004"]] },
  { cell: "  GUNTUNG  ,  bontang utara ", want: [["resolved", "64.74.01.1004"]] },
  { cell: "Kel. Guntung, Kec. Bontang Utara, Kota Bontang, Kalimantan Timur", want: [["resolved", "64.74.01.1004"]] },
  { cell: "Sungai Kapih, Sambutan, Samarinda dll", want: [["resolved", "64.72.07.1001"]] },
  { cell: "Kota Samarinda, Kaltim", want: [["resolved", "64.72"]] },
  // Names as companies reporting in English write them.
  { cell: "Sangatta Utara, East Kutai", want: [["resolved", "64.08.04", "higher-level"]] },
  { cell: "West Kutai", want: [["resolved", "64.07"]] },
  { cell: "North Penajam Paser", want: [["resolved", "64.09"]] },
  { cell: "East Kalimantan", want: [["resolved", "64"]] },
  { cell: "South Sulawesi", within: null, want: [["resolved", "73"]] },
  // Context decides between namesakes; brackets help too.
  { cell: "Kampung Baru", want: [["ambiguous", KAMPUNG_BARU]] },
  { cell: "Kampung Baru, Kec. Penajam", want: [["resolved", "64.09.01.1006"]] },
  { cell: "Kampung Baru (Penajam)", want: [["resolved", "64.09.01.1006"]] },
  { cell: "Kampung Baru, Kec. Penjam", want: [["resolved", "64.09.01.1006", "spelling"]] },
  { cell: "Kampung Baru", within: ["64.09"], want: [["resolved", "64.09.01.1006"]] },
  { cell: "Sumber Sari", want: [["ambiguous", SUMBER_SARI]] },
  { cell: "Rantau Panjang", want: [["ambiguous", ["64.01.04.2009", "64.03.03.2006", "64.08.07.2007"]]] },
  { cell: "Rantau Panjang, Paser", want: [["resolved", "64.01.04.2009"]] },
  { cell: "Desa Bukit Raya, Tenggarong Seberang", want: [["resolved", "64.02.16.2002"]] },
  // Context that contradicts is reported, with where the name does exist.
  { cell: "Desa Sungai Meriam, Kec. Sepaku", want: [["unknown", ["64.02.04.2006"], "outside-context"]] },
  { cell: "Kampung Baru, Samarinda", want: [["unknown", KAMPUNG_BARU, "outside-context"]] },
  { cell: "Kec. Anggana, Kota Bontang", want: [["unknown", ["64.02.04"], "outside-context"]] },
  // Noise: RT/RW, streets, schools, health posts, farmer groups, remarks.
  { cell: "RT 92, Kelurahan Manggar, Balikpapan Timur", want: [["resolved", "64.71.01.1001"]] },
  { cell: "Kel Loktuan RT 13/RW 02", want: [["resolved", "64.74.01.1003"]] },
  { cell: "Jl. Mulawarman No. 5, Kel. Manggar, Balikpapan Timur", want: [["resolved", "64.71.01.1001"]] },
  { cell: "Posyandu Mawar Kel. Guntung", want: [["resolved", "64.74.01.1004"]] },
  { cell: "SDN 007 Bontang Utara; Kel. Loktuan", want: [["resolved", "64.74.01.1003"]] },
  { cell: "Kelompok Tani Sido Maju dan Sejahtera, Desa Sepatin", want: [["resolved", "64.02.04.2001"]] },
  { cell: "Kel. Guntung (dekat pelabuhan)", want: [["resolved", "64.74.01.1004"]] },
  { cell: "Kel. Tani Baru", want: [["resolved", "64.02.04.2003"]] },
  { cell: "Manggar Baru", want: [["resolved", "64.71.01.1004"]] },
  // Samarinda has urban wards named like noise words: a real name is never noise.
  { cell: "Pelabuhan, Samarinda Kota", want: [["resolved", "64.72.09.1002"]] },
  { cell: "Pelabuhan Semayang, Balikpapan", want: [["resolved", "64.71"]] },
  { cell: "se-Kecamatan Anggana", want: [["resolved", "64.02.04"]] },
  // Several places in one cell.
  { cell: "Kutim; Berau", want: [["resolved", "64.08"], ["resolved", "64.03"]] },
  { cell: "Mahulu | Kubar", want: [["resolved", "64.11"], ["resolved", "64.07"]] },
  { cell: "Samarinda, Balikpapan", want: [["resolved", "64.72"], ["resolved", "64.71"]] },
  { cell: "Desa Sepatin dan Muara Pantuan, Kec. Anggana", want: [["resolved", "64.02.04.2001"], ["resolved", "64.02.04.2002"]] },
  { cell: "Desa Sepatin & Tani Baru Kec. Anggana", want: [["resolved", "64.02.04.2001"], ["resolved", "64.02.04.2003"]] },
  { cell: "Kec. Anggana: Sepatin, Sungai Meriam", want: [["resolved", "64.02.04.2001"], ["resolved", "64.02.04.2006"]] },
  { cell: "Bontang Utara, Guntung, Loktuan", want: [["resolved", "64.74.01.1004"], ["resolved", "64.74.01.1003"]] },
  { cell: "Desa Sepatin\nDesa Tani Baru\n- Kel. Guntung", want: [["resolved", "64.02.04.2001"], ["resolved", "64.02.04.2003"], ["resolved", "64.74.01.1004"]] },
  { cell: "Kec. Anggana dan Kec. Muara Jawa, Kukar", want: [["resolved", "64.02.04"], ["resolved", "64.02.14"]] },
  { cell: "Anggana dan Sepatin", want: [["resolved", "64.02.04", "higher-level"], ["resolved", "64.02.04.2001"]] },
  { cell: "Desa Sepatin dan Anggana", want: [["resolved", "64.02.04.2001"], ["resolved", "64.02.04.2005"]] },
  { cell: "Desa Sepatin, Kec. Xyzabc", want: [["resolved", "64.02.04.2001"], ["unknown", []]] },
  // Level words: obeyed when written; without one, the larger area wins.
  { cell: "Anggana", want: [["resolved", "64.02.04", "higher-level"]] },
  { cell: "Desa Anggana", want: [["resolved", "64.02.04.2005"]] },
  { cell: "Kel. Anggana, Kec. Anggana", want: [["resolved", "64.02.04.2005"]] },
  { cell: "Penajam", want: [["resolved", "64.09.01", "higher-level"]] },
  { cell: "Kec. Guntung", want: [["ambiguous", ["64.74.01.1004"], "level-mismatch"]] },
  { cell: "Kota Bangun", want: [["resolved", "64.02.08"]] },
  { cell: "Kota Bangun III", want: [["resolved", "64.02.19.2006"]] },
  { cell: "Kampung Linggang Bigung", want: [["resolved", "64.07.15.2006"]] },
  { cell: "Desa/Kel. Guntung", want: [["resolved", "64.74.01.1004"]] },
  { cell: "Kab. Balikpapan", want: [["resolved", "64.71"]] },
  { cell: "Kelurhan Guntung, Kecamtan Bontang Utara", want: [["resolved", "64.74.01.1004"]] },
  { cell: "Damai", want: [["resolved", "64.07.08", "higher-level"]] },
  { cell: "Damai, Balikpapan Kota", want: [["resolved", "64.71.06.1005"]] },
  // Short names and aliases.
  { cell: "Kukar", want: [["resolved", "64.02"]] },
  { cell: "Kab. PPU", want: [["resolved", "64.09"]] },
  { cell: "samarinda", want: [["resolved", "64.72"]] },
  { cell: "Bontang", want: [["resolved", "64.74"]] },
  { cell: "Prov. Kaltim", want: [["resolved", "64"]] },
  // Spelling variants.
  { cell: "LOKTUAN", want: [["resolved", "64.74.01.1003"]] },
  { cell: "Margasari", want: [["resolved", "64.71.02.1006"]] },
  { cell: "Lawe Lawe", want: [["resolved", "64.09.01.1004"]] },
  { cell: "Sei Nangka, Balikpapan Selatan", want: [["resolved", "64.71.05.1010"]] },
  { cell: "Sei Meriam", want: [["resolved", "64.02.04.2006"]] },
  { cell: "Sungai Bebanir Bangun", want: [["resolved", "64.03.03.2010"]] },
  { cell: "Tj. Redeb", want: [["resolved", "64.03.05", "higher-level"]] },
  { cell: "Long Penaneh 1", want: [["resolved", "64.11.04.2001"]] },
  // Typos: corrected only inside an area the person named, else suggested.
  { cell: "Desa Sungai Mariam, Kec. Anggana, Kukar", want: [["resolved", "64.02.04.2006", "spelling"]] },
  { cell: "Guntng, Bontang Utara", want: [["resolved", "64.74.01.1004", "spelling"]] },
  { cell: "Sei Mariam", want: [["unknown", ["64.02.04.2006"]]] },
  { cell: "Guntng", want: [["unknown", ["64.74.01.1004"]]] },
  { cell: "Sangatta", want: [["unknown", ["64.08.04", "64.08.12"]]] },
  // Codes.
  { cell: "64.74.01.1004", want: [["code", "64.74.01.1004"]] },
  { cell: "6474011004; 64.02", want: [["code", "64.74.01.1004"], ["code", "64.02"]] },
  { cell: "64.99.01.1001", want: [["unknown", []]] },
  { cell: "64.74.01.1004, Kota Bontang", want: [["code", "64.74.01.1004"]] },
  // Outside the preferred province, and without one.
  { cell: "Kota Bogor", want: [["resolved", "32.71", "outside-within"]] },
  // A village only outside Kaltim is asked about, next to local close names (Maruat, Maridan).
  { cell: "Mariam", want: [["ambiguous", ["93.02.01.2004", "64.01.08.2017", "64.09.04.1007"], "outside-within"]] },
  { cell: "Guntung", want: [["resolved", "64.74.01.1004"]] },
  { cell: "Guntung", within: null, want: [["ambiguous", ["12.19.06.2002", "12.19.09.2003", "14.72.05.1003", "19.04.01.2006", "63.08.06.2009", "63.10.12.2002", "64.74.01.1004"]]] },
  // Empty and noise-only cells name nothing.
  { cell: "", want: [] },
  { cell: " - ; ; dll", want: [] },
];

describe("resolvePlaces on the real register", () => {
  it.each(ROWS.map((r) => [r.cell, r] as const))("%j", (_, row) => {
    const within = row.within === undefined ? ["64"] : (row.within ?? undefined);
    const result = resolvePlaces(row.cell, index, within ? { within } : undefined);
    const got = result.parts.map(describePart).map((w, i): Want => {
      // For unknown parts the row lists the first suggestions; the rest may follow.
      const want = row.want[i];
      if (w[0] !== "unknown" || want?.[0] !== "unknown") return w;
      const first = w[1].slice(0, want[1].length);
      return w[2] ? ["unknown", first, w[2]] : ["unknown", first];
    });
    expect(got).toEqual(row.want);
    const resolved = row.want.flatMap((w) => (w[0] === "resolved" || w[0] === "code" ? [w[1]] : []));
    expect(result.codes).toEqual([...new Set(resolved)]);
  });

  it("has at least 40 real cases", () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(40);
  });
});

describe("English level words after the name", () => {
  it("are put first, as Indonesian writes them, and read so", () => {
    expect(levelWordsFirst("Sangatta Utara District, East Kutai Regency")).toBe("Kec. Sangatta Utara, Kabupaten East Kutai");
    expect(levelWordsFirst("Samarinda City; Balikpapan City")).toBe("Kota Samarinda; Kota Balikpapan");
    expect(levelWordsFirst("Kota Bangun")).toBe("Kota Bangun");
    expect(resolvePlaces("Samarinda City", index, { within: ["64"] }).codes).toEqual(["64.72"]);
    expect(resolvePlaces("Kutai Kartanegara Regency", index, { within: ["64"] }).codes).toEqual(["64.02"]);
    expect(resolvePlaces("Sangatta Utara Sub-district, East Kutai Regency", index, { within: ["64"] }).codes).toEqual(["64.08.04"]);
  });
});

describe("labels and texts", () => {
  it("labels an area with its full path, innermost first, kelurahan and desa told apart", () => {
    expect(placeLabel(index, "64.74.01.1004")).toBe("Kel. Guntung, Kec. Bontang Utara, Kota Bontang, Kalimantan Timur");
    expect(placeLabel(index, "64.02.04.2006")).toBe("Desa Sungai Meriam, Kec. Anggana, Kab. Kutai Kartanegara, Kalimantan Timur");
    expect(placeLabel(index, "64.02")).toBe("Kab. Kutai Kartanegara, Kalimantan Timur");
    expect(placeLabel(index, "64")).toBe("Kalimantan Timur");
    expect(placeLabel(index, "64.99")).toBeNull();
  });

  it("gives each part the words it came from, and candidates their labels", () => {
    const one = resolvePlaces("RT 92, Kelurahan Manggar, Balikpapan Timur", index, { within: ["64"] });
    expect(one.parts[0]).toEqual({
      text: "RT 92, Kelurahan Manggar, Balikpapan Timur",
      status: "resolved",
      code: "64.71.01.1001",
      label: "Kel. Manggar, Kec. Balikpapan Timur, Kota Balikpapan, Kalimantan Timur",
    });
    const two = resolvePlaces("Desa Sepatin dan Muara Pantuan, Kec. Anggana; Kampung Baru", index, { within: ["64"] });
    expect(two.parts.map((p) => p.text)).toEqual(["Desa Sepatin", "Muara Pantuan", "Kampung Baru"]);
    const ambiguous = two.parts[2];
    expect(ambiguous?.status === "ambiguous" && ambiguous.candidates[2]).toEqual({
      code: "64.09.01.1006",
      name: "Kampung Baru",
      level: 4,
      label: "Kel. Kampung Baru, Kec. Penajam, Kab. Penajam Paser Utara, Kalimantan Timur",
    });
  });

  it("resolves a label it produced back to its code", () => {
    for (const code of ["64.02.04.2006", "64.09.01.1006", "64.71.05.1010", "64.03.05", "64.11"]) {
      const label = placeLabel(index, code) ?? "";
      expect(resolvePlaces(label, index, { within: ["64"] }).codes).toEqual([code]);
    }
  });
});

describe("aliases", () => {
  it.each(PLACE_ALIASES.map((a) => [a.alias, a.code] as const))("%s names %s", (alias, code) => {
    expect(placeLabel(index, code)).not.toBeNull();
    expect(resolvePlaces(alias, index, { within: [code.slice(0, 2)] }).codes).toEqual([code]);
  });
});

describe("speed", () => {
  // A guard against accidental slowness, not a benchmark: the limits are several times the
  // measured 0.25–0.5 s build and 0.1–0.3 ms per cell, so a busy machine does not fail it.
  it("builds the index and resolves cells quickly", () => {
    expect(buildMs).toBeLessThan(3000);
    const cells = ROWS.map((r) => r.cell);
    for (const cell of cells) resolvePlaces(cell, index, { within: ["64"] });
    const t = performance.now();
    const rounds = 5;
    for (let i = 0; i < rounds; i++) for (const cell of cells) resolvePlaces(cell, index, { within: ["64"] });
    expect((performance.now() - t) / (rounds * cells.length)).toBeLessThan(2);
  });
});
