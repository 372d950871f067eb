import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n/translate";
import { auditActionLabel, formatAuditDetails, KNOWN_AUDIT_ACTIONS } from "./details";

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
    expect(auditActionLabel(createTranslator("en"), "en", "need.adopt")).toBe("need.adopt");
    expect(auditActionLabel(createTranslator("en"), "en", "audit")).toBe("audit");
    expect(KNOWN_AUDIT_ACTIONS).toEqual(
      expect.arrayContaining(["auth.sign_in", "program.submit", "overlap.resolve", "settings.home_province"]),
    );
  });
});
