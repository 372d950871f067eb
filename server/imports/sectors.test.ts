import { describe, expect, it } from "vitest";
import { guessSectorFromTitle, readSector } from "./sectors";

describe("sectors as companies write them", () => {
  it.each([
    ["Pendidikan", "education"],
    ["Bidang Pendidikan", "education"],
    ["Kesehatan Masyarakat", "health"],
    ["Ekonomi/UMKM", "economy"],
    ["Pemberdayaan Ekonomi", "economy"],
    ["Lingkungan Hidup", "environment"],
    ["Infrastruktur", "infrastructure"],
    ["Sarana dan Prasarana", "infrastructure"],
    ["Sosial", "social"],
    ["Sosial Budaya", "social"],
    ["Bencana", "disaster"],
    ["Kebencanaan", "disaster"],
    ["A. BIDANG KESEHATAN", "health"],
    ["health", "health"],
  ])("%s → %s", (text, sector) => {
    expect(readSector(text)).toEqual({ sector });
  });

  it("says why it read no sector: blank, unknown words, or two sectors", () => {
    expect(readSector("  ")).toEqual({ sector: null, reason: "blank" });
    expect(readSector("Pndidikan")).toEqual({ sector: null, reason: "unknown" });
    expect(readSector("Olahraga")).toEqual({ sector: null, reason: "unknown" });
    expect(readSector("Sosial Ekonomi")).toEqual({ sector: null, reason: "ambiguous" });
  });

  it("reads a sector from a title only when one kind of word points to it", () => {
    expect(guessSectorFromTitle("Beasiswa Siswa Berprestasi")).toBe("education");
    expect(guessSectorFromTitle("Posyandu Lansia Sehat")).toBe("health");
    expect(guessSectorFromTitle("Sumur Bor Air Bersih")).toBe("infrastructure");
    expect(guessSectorFromTitle("Beasiswa dan posyandu")).toBeNull();
    expect(guessSectorFromTitle("Program Unggulan 2025")).toBeNull();
  });
});
