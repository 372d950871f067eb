import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { REDACTED, redactDetails } from "./redact";

const NIK = "6472011234567890";

describe("audit details", () => {
  it("drop password, secret, token and NIK keys at any depth", () => {
    const out = redactDetails({
      email: "ani@test.id",
      password: "x",
      newPassword: "x",
      passwordHash: "$argon2id$…",
      pass: "x",
      clientSecret: "x",
      resetToken: "x",
      NIK: NIK,
      nikHash: "abc",
      user: { name: "Ani", password: "x", roles: [{ role: "officer", token: "t" }] },
    });
    expect(out).toEqual({ email: "ani@test.id", user: { name: "Ani", roles: [{ role: "officer" }] } });
  });

  it("mask any 16-digit number in string values, and a 16-digit number value, but not other numbers", () => {
    const out = redactDetails({
      note: `Penerima NIK ${NIK}, lahir 1990`,
      rows: [`${NIK};Ani`, "64.72.01.1001"],
      nested: { list: [{ text: `a${NIK}b` }] },
      asNumber: 6472011234567890,
      phone: "081234567890",
      longer: "12345678901234567",
      budget: 250_000_000,
      reason: "wrong_password",
      at: "2026-02-01T00:00:00Z",
    });
    expect(out).toEqual({
      note: `Penerima NIK ${REDACTED}, lahir 1990`,
      rows: [`${REDACTED};Ani`, "64.72.01.1001"],
      nested: { list: [{ text: `a${REDACTED}b` }] },
      asNumber: REDACTED,
      phone: "081234567890",
      longer: "12345678901234567",
      budget: 250_000_000,
      reason: "wrong_password",
      at: "2026-02-01T00:00:00Z",
    });
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "node_modules" ? [] : sourceFiles(full);
    return /\.(ts|tsx|sql|mjs|js)$/.test(name) ? [full] : [];
  });
}

describe("the audit log is append-only", () => {
  it("has no update or delete path anywhere in the code", () => {
    const forbidden = [/\.(update|delete)\s*\(\s*auditLog\b/, /\b(UPDATE|DELETE\s+FROM|TRUNCATE(\s+TABLE)?)\s+"?audit_log\b/i];
    const roots = ["server", "db", "app", "scripts"].map((d) => path.join(process.cwd(), d));
    // This file names the forbidden forms to check the check; nothing else may.
    const files = roots.flatMap(sourceFiles).filter((f) => f !== fileURLToPath(import.meta.url));
    expect(files.length).toBeGreaterThan(100);
    const hits = files.flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .map((line, i) => ({ line, at: `${path.relative(process.cwd(), file)}:${i + 1}` }))
        .filter(({ line }) => forbidden.some((re) => re.test(line)))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(hits).toEqual([]);
    // The check itself works: it would catch the forms it is meant to.
    const samples = ["await tx.update(auditLog).set({})", "db.delete( auditLog )", 'UPDATE "audit_log" SET x = 1', "delete from audit_log"];
    expect(samples.every((s) => forbidden.some((re) => re.test(s)))).toBe(true);
  });
});
