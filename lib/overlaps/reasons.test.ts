import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n/translate";
import { formatMonthSpan, renderReason } from "./reasons";

const id = createTranslator("id");
const en = createTranslator("en");

describe("overlap reasons as text", () => {
  it("writes the overlapping period with month names in the reader's language", () => {
    const r = { code: "period_overlap", from: "2025-02-01", to: "2025-12-31" } as const;
    expect(renderReason(r, id, "id")).toBe("Periode beririsan: Feb–Des 2025");
    expect(renderReason(r, en, "en")).toBe("Overlapping period: Feb–Dec 2025");
    expect(formatMonthSpan("2025-11-01", "2026-03-31", "id")).toBe("Nov 2025–Mar 2026");
    expect(formatMonthSpan("2025-08-01", "2025-08-20", "id")).toBe("Agu 2025");
    expect(formatMonthSpan("2025-09-01", "2025-09-30", "en")).toBe("Sep 2025");
  });

  it("names areas by their level, read from the code's segments", () => {
    const ward = { code: "64.72.01.1001", name: "Rawa Makmur" };
    const village = { code: "64.02.16.2003", name: "Embalut" };
    const district = { code: "64.02.16", name: "Tenggarong Seberang" };
    expect(renderReason({ code: "same_area", area: ward }, id, "id")).toBe("Lokasi sama: Kelurahan Rawa Makmur");
    expect(renderReason({ code: "area_contains", outer: district, inner: village }, en, "en")).toBe(
      "Desa Embalut lies within Kec. Tenggarong Seberang",
    );
    expect(renderReason({ code: "same_area", area: { code: "64", name: "Kalimantan Timur" } }, id, "id")).toBe(
      "Lokasi sama: Provinsi Kalimantan Timur",
    );
  });

  it("renders the other reasons from the catalogs", () => {
    expect(renderReason({ code: "text_similar", percent: 87 }, id, "id")).toBe("Kegiatan mirip (87%)");
    expect(renderReason({ code: "shared_terms", terms: ["pmt", "balita"] }, en, "en")).toBe("Shared key terms: pmt, balita");
    expect(renderReason({ code: "same_target", targetGroup: "children" }, id, "id")).toBe("Sasaran sama: Anak dan balita");
    expect(renderReason({ code: "same_target", targetGroup: "unknown_group" }, en, "en")).toBe("Same target group: unknown_group");
    expect(renderReason({ code: "same_company" }, en, "en")).toBe("Both programs belong to the same company");
  });
});
