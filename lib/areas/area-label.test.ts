import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n/translate";
import { areaContext, areaName, villageKind } from "./area-label";

const t = createTranslator("id");

describe("area labels", () => {
  it("tells a kelurahan (1xxx) from a desa (2xxx)", () => {
    expect(villageKind("64.72.01.1001")).toBe("kelurahan");
    expect(villageKind("64.02.16.2003")).toBe("desa");
  });
  it("names areas as people write them, with their context", () => {
    const embalut = {
      code: "64.02.16.2003",
      name: "Embalut",
      level: 4,
      path: ["Kalimantan Timur", "Kabupaten Kutai Kartanegara", "Tenggarong Seberang"],
    };
    expect(areaName(embalut, t)).toBe("Desa Embalut");
    expect(areaContext(embalut, t)).toBe("Kec. Tenggarong Seberang, Kabupaten Kutai Kartanegara");
    expect(areaName({ code: "64.72.01", name: "Palaran", level: 3 }, t)).toBe("Kec. Palaran");
    expect(areaName({ code: "64", name: "Kalimantan Timur", level: 1 }, t)).toBe("Provinsi Kalimantan Timur");
    expect(areaContext({ code: "64.72", name: "Kota Samarinda", level: 2, path: ["Kalimantan Timur"] }, t)).toBe("");
  });
});
