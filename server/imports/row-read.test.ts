import { describe, expect, it } from "vitest";
import { joinSentences } from "./row-read";

describe("joinSentences (a composed description)", () => {
  it("adds no second full stop after a title that already ends with one", () => {
    expect(joinSentences(["Perbaikan rumah.", "", "Lokasi: Kota Bontang"])).toBe("Perbaikan rumah. Lokasi: Kota Bontang");
  });

  it("ends each part but the last with a full stop when it has none", () => {
    expect(joinSentences(["  Sunatan massal  ", "Sasaran: anak yatim", "Lokasi: Kel. Guntung, Kota Bontang"])).toBe(
      "Sunatan massal. Sasaran: anak yatim. Lokasi: Kel. Guntung, Kota Bontang",
    );
  });

  it("keeps a question or exclamation mark as the end of its sentence", () => {
    expect(joinSentences(["Bantuan sembako!", "Sasaran: lansia"])).toBe("Bantuan sembako! Sasaran: lansia");
  });

  it("leaves one part alone", () => {
    expect(joinSentences(["Beasiswa SD"])).toBe("Beasiswa SD");
  });
});
