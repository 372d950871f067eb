import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n/translate";
import { buildCrumbs, crumbCodes } from "./breadcrumb";

const t = createTranslator("id");
const AREAS = [
  { code: "64", name: "Kalimantan Timur", level: 1 },
  { code: "64.72", name: "Kota Samarinda", level: 2 },
  { code: "64.72.01", name: "Palaran", level: 3 },
  { code: "64.72.01.1001", name: "Rawa Makmur", level: 4 },
  { code: "64.02.16.2003", name: "Embalut", level: 4 },
  { code: "64.08", name: "Kabupaten Kutai Timur", level: 2 },
];

describe("dashboard breadcrumb", () => {
  it("walks from a province jurisdiction down to a kecamatan", () => {
    expect(crumbCodes("64", "64.72.01")).toEqual(["64", "64.72", "64.72.01"]);
    expect(buildCrumbs("64", "64.72.01", AREAS, t).map((c) => c.label)).toEqual([
      "Provinsi Kalimantan Timur",
      "Kota Samarinda",
      "Kecamatan Palaran",
    ]);
  });
  it("marks only the last crumb current, and names a kelurahan as one", () => {
    const crumbs = buildCrumbs("64", "64.72.01.1001", AREAS, t);
    expect(crumbs.map((c) => c.current)).toEqual([false, false, false, true]);
    expect(crumbs.at(-1)?.label).toBe("Kelurahan Rawa Makmur");
  });
  it("starts at Indonesia for national staff", () => {
    expect(crumbCodes("ID", "64.72")).toEqual(["ID", "64", "64.72"]);
    expect(buildCrumbs("ID", "64.72", AREAS, t)[0]?.label).toBe("Indonesia");
    expect(buildCrumbs("ID", undefined, AREAS, t)).toEqual([{ code: "ID", label: "Indonesia", current: true }]);
  });
  it("never offers a level above a regency reviewer's jurisdiction", () => {
    expect(crumbCodes("64.72", "64.72.01.1001")).toEqual(["64.72", "64.72.01", "64.72.01.1001"]);
    expect(crumbCodes("64.72", "64")).toEqual(["64.72"]);
    // Another regency (a hand-edited URL) stays at the jurisdiction.
    expect(crumbCodes("64.72", "64.08")).toEqual(["64.72"]);
    // Whole segments only: 64.7 is not within 64.72.
    expect(crumbCodes("64.7", "64.72")).toEqual(["64.7"]);
  });
  it("falls back to the code for an area missing from the table", () => {
    expect(buildCrumbs("64", "64.99", AREAS, t).map((c) => c.label)).toEqual(["Provinsi Kalimantan Timur", "64.99"]);
  });
});
