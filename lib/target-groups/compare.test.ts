import { describe, expect, it } from "vitest";
import { sharedTargetWords, targetContentWords } from "./compare";

const shared = (a: string, b: string, places: string[] = []) =>
  sharedTargetWords(targetContentWords(a), targetContentWords(b), new Set(places));

describe("targetContentWords", () => {
  it("keeps the words that name people, drops function words, counts and administrative places", () => {
    expect([...targetContentWords("Para nelayan di Desa Tanjung Limau, RT 05")]).toEqual(["nelayan", "tanjung", "limau"]);
    expect([...targetContentWords("120 KK warga miskin")]).toEqual(["miskin"]);
    expect([...targetContentWords("Poktan Maju")]).toEqual(["tani", "maju"]);
    expect([...targetContentWords(null)]).toEqual([]);
  });
});

describe("sharedTargetWords", () => {
  it("agrees when most of the shorter group's words are in the other", () => {
    expect(shared("nelayan", "nelayan Muara Badak")).toEqual(["nelayan"]);
    expect(shared("bumil", "ibu hamil & menyusui")).toEqual(["ibu", "hamil"]);
    expect(shared("siswa SD Negeri 001", "siswa SD")).toEqual(["siswa", "sd"]);
  });
  it("disagrees on half the words, on places alone, or with nothing written", () => {
    expect(shared("petani sawit", "petani karet")).toBeNull();
    expect(shared("warga Muara Badak", "nelayan Muara Badak", ["muara", "badak"])).toBeNull();
    expect(shared("", "nelayan")).toBeNull();
    expect(shared("warga desa", "masyarakat desa")).toBeNull(); // nothing that names people
  });
});
