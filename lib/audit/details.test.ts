import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n/translate";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { hasMessage } from "@/lib/i18n/translate";
import { PROGRAM_ACTIONS } from "@/lib/enums";
import { auditActionLabel, describeAuditDetails, formatAuditDetails, knownAuditActions } from "./details";
import { en } from "@/lib/i18n/messages/en";
import { id } from "@/lib/i18n/messages/id";

describe("audit details as text", () => {
  it("writes key: value pairs, lists, nested keys and empty values compactly", () => {
    expect(
      formatAuditDetails({
        resolution: "duplicate",
        withdrawn: null,
        programs: ["p-1", "p-2"],
        scope: { role: "officer", companyId: "c-9" },
        imported: 12,
        rows: [{ row: 3, errors: 1 }],
        ok: true,
      }),
    ).toBe(
      "resolution: duplicate; withdrawn: —; programs: p-1, p-2; scope.role: officer; scope.companyId: c-9; imported: 12; rows: {row: 3, errors: 1}; ok: true",
    );
    expect(formatAuditDetails({})).toBeNull();
    expect(formatAuditDetails(null)).toBeNull();
  });

  it("labels known actions in the reader's language and shows unknown codes raw", () => {
    expect(auditActionLabel(createTranslator("id"), "id", "auth.sign_in_failed")).toBe("Gagal masuk");
    expect(auditActionLabel(createTranslator("en"), "en", "user.password_reset")).toBe("Password reset");
    expect(auditActionLabel(createTranslator("en"), "en", "need.vanish")).toBe("need.vanish");
    expect(auditActionLabel(createTranslator("en"), "en", "audit")).toBe("audit");
    for (const catalog of [id, en]) {
      expect(knownAuditActions(catalog.audit.actions)).toEqual(
        expect.arrayContaining(["auth.sign_in", "program.submit", "overlap.resolve", "settings.home_province"]),
      );
    }
    expect(knownAuditActions(id.audit.actions)).toEqual(knownAuditActions(en.audit.actions));
  });

  it("has a label in both languages for every action the code records", () => {
    const recorded = new Set<string>(PROGRAM_ACTIONS.map((a) => `program.${a}`));
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const p = path.join(dir, f);
        return statSync(p).isDirectory() ? walk(p) : /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
      });
    for (const file of [...walk("server"), ...walk("app")]) {
      for (const line of readFileSync(file, "utf8").split("\n")) {
        // `action: "x.y"`, or `action: cond ? "x.y" : "x.z"`.
        const at = line.search(/\baction: /);
        if (at < 0) continue;
        for (const m of line.slice(at).matchAll(/"([a-z_]+\.[a-z_]+)"/g)) if (m[1]) recorded.add(m[1]);
      }
    }
    // The scan finds the actions written as literals, the exports' among them.
    expect([...recorded]).toEqual(
      expect.arrayContaining(["program.export", "need.adopt", "settings.public_page", "program.request_revision"]),
    );
    const missing = [...recorded].filter((a) => !hasMessage("id", `audit.actions.${a}`) || !hasMessage("en", `audit.actions.${a}`));
    expect(missing, [...recorded].join(" ")).toEqual([]);
  });
});

describe("audit details in words", () => {
  const id = createTranslator("id");
  const en = createTranslator("en");

  it("writes a status change and a role change as one sentence", () => {
    expect(describeAuditDetails(id, "id", { from: "revision_requested", to: "submitted" })).toBe(
      "Status diubah dari Perlu revisi ke Diajukan",
    );
    expect(describeAuditDetails(en, "en", { from: "revision_requested", to: "submitted" })).toBe(
      "Status changed from Revision requested to Submitted",
    );
    expect(describeAuditDetails(id, "id", { from: "officer", to: "reviewer" })).toBe(
      "Peran diubah dari Petugas CSR perusahaan ke Penelaah Dinas Sosial",
    );
  });

  it("describes an export: format, rows, and the filters by name", () => {
    const names = { "64.08": "Kabupaten Kutai Timur", "0b7c8a52-3f3e-4c1a-9e7e-1c2d3e4f5a6b": "PT Mahakam Energi" };
    expect(
      describeAuditDetails(
        id,
        "id",
        {
          format: "xlsx",
          rows: 1234,
          truncated: false,
          filters: { year: 2026, sector: "health", area: "64.08", companyId: "0b7c8a52-3f3e-4c1a-9e7e-1c2d3e4f5a6b" },
        },
        names,
      ),
    ).toBe(
      "1.234 baris · Format: XLSX · Terpotong: tidak · Saringan: tahun: 2026, sektor: Kesehatan, wilayah: Kabupaten Kutai Timur, perusahaan: PT Mahakam Energi",
    );
    expect(describeAuditDetails(id, "id", { format: "csv", rows: 3, filters: {} })).toBe(
      "3 baris · Format: CSV · Saringan: tanpa saringan",
    );
  });

  it("describes switches, sign-in failures, brief ranges and decisions in the reader's language", () => {
    expect(describeAuditDetails(id, "id", { enabled: true })).toBe("Diaktifkan");
    expect(describeAuditDetails(en, "en", { enabled: false })).toBe("Switched off");
    expect(describeAuditDetails(id, "id", { email: "a@b.id", reason: "wrong_password" })).toBe("Email: a@b.id · Alasan: kata sandi salah");
    expect(describeAuditDetails(id, "id", { format: "pdf", from: "2026-11-01", to: "2026-11-30", bytes: 20_480 })).toBe(
      "Rentang 01/11/2026 s.d. 30/11/2026 · ukuran 20 KB · Format: PDF",
    );
    expect(
      describeAuditDetails(
        id,
        "id",
        { resolution: "collaboration", withdrawn: null, programs: ["p-1", "p-2"] },
        { "p-1": "Posyandu Lansia", "p-2": "Air Bersih" },
      ),
    ).toBe("Keputusan: Kolaborasi · Ditarik: — · Program: Posyandu Lansia, Air Bersih");
  });

  it("keeps a key it does not know, and says nothing for no details", () => {
    expect(describeAuditDetails(id, "id", { mystery: "x" })).toBe("mystery: x");
    expect(describeAuditDetails(id, "id", {})).toBeNull();
    expect(describeAuditDetails(id, "id", null)).toBeNull();
  });
});
