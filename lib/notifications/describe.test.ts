import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n/translate";
import { describeNotification } from "./describe";

describe("describeNotification: program_flagged", () => {
  it("words a cluster message with its program and pair counts, in both languages", () => {
    const payload = { programTitle: "Tanggap Darurat Banjir", otherTitle: "", kind: "overlap", cluster: true, programs: 4, pairs: 6 };
    const id = describeNotification(createTranslator("id"), "program_flagged", payload);
    expect(id.title).toBe("4 program tumpang tindih di satu tempat");
    expect(id.body).toContain("“Tanggap Darurat Banjir”");
    expect(id.body).toContain("6 pasangan");
    const en = describeNotification(createTranslator("en"), "program_flagged", payload);
    expect(en.title).toBe("4 programs overlap in one place");
  });

  it("keeps the pair message for a pair", () => {
    const pair = describeNotification(createTranslator("en"), "program_flagged", { programTitle: "A", otherTitle: "B", kind: "duplicate" });
    expect(pair.body).not.toContain("pairs");
    expect(pair.title).not.toContain("programs overlap");
  });
});
