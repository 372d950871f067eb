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
    expect(readSector("Tambang")).toEqual({ sector: null, reason: "unknown" });
    expect(readSector("Sosial Ekonomi")).toEqual({ sector: null, reason: "ambiguous" });
  });

  it("files fields with no sector of their own under one, and says so", () => {
    expect(readSector("Olahraga")).toEqual({ sector: "social", filedUnder: true });
    expect(readSector("Pemuda dan Olahraga")).toEqual({ sector: "social", filedUnder: true });
    expect(readSector("Keagamaan")).toEqual({ sector: "social" });
    expect(readSector("Pertanian")).toEqual({ sector: "economy", filedUnder: true });
    expect(readSector("Sports")).toEqual({ sector: "social", filedUnder: true });
    // A real sector word wins over a filed one; two filed ones of different sectors are not guessed.
    expect(readSector("Pendidikan dan Olahraga")).toEqual({ sector: "education" });
    expect(readSector("Pariwisata dan Seni")).toEqual({ sector: null, reason: "ambiguous" });
  });

  it("reads a sector from a title only when one kind of word points to it", () => {
    expect(guessSectorFromTitle("Beasiswa Siswa Berprestasi")).toBe("education");
    expect(guessSectorFromTitle("Posyandu Lansia Sehat")).toBe("health");
    expect(guessSectorFromTitle("Sumur Bor Air Bersih")).toBe("infrastructure");
    expect(guessSectorFromTitle("Beasiswa dan posyandu")).toBeNull();
    expect(guessSectorFromTitle("Program Unggulan 2025")).toBeNull();
  });
});
