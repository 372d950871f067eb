import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BeneficiaryKeyError, kkToken, loadBeneficiaryKey, nikToken, parseBeneficiaryKey } from "./key";

const dir = mkdtempSync(path.join(tmpdir(), "benef-key-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NIK = "6472011203900001";
const keyA = randomBytes(32);
const keyB = randomBytes(32);

describe("beneficiary tokens", () => {
  it("gives the same NIK the same token under one key, and another token under another key", () => {
    expect(nikToken(keyA, NIK).equals(nikToken(keyA, NIK))).toBe(true);
    expect(nikToken(keyA, NIK).equals(nikToken(keyB, NIK))).toBe(false);
    expect(nikToken(keyA, NIK).equals(nikToken(keyA, "6472011203900002"))).toBe(false);
    expect(nikToken(keyA, NIK)).toHaveLength(32);
  });

  it("is not an unkeyed hash of the NIK", () => {
    const plain = createHash("sha256").update(NIK).digest();
    const token = nikToken(keyA, NIK);
    expect(token.equals(plain)).toBe(false);
    expect(token.toString("hex")).not.toContain(plain.toString("hex").slice(0, 16));
  });

  it("keeps KK numbers in their own domain", () => {
    expect(kkToken(keyA, NIK).equals(nikToken(keyA, NIK))).toBe(false);
  });
});

describe("beneficiary key", () => {
  it("reads BENEFICIARY_KEY as base64 of at least 32 bytes", () => {
    const text = keyA.toString("base64");
    expect(loadBeneficiaryKey({ BENEFICIARY_KEY: text, DATABASE_URL: "postgres://x" }).equals(keyA)).toBe(true);
    expect(parseBeneficiaryKey(keyA.toString("base64url")).equals(keyA)).toBe(true);
  });

  it("refuses a weak key with a message that says how to make one and does not repeat the key", () => {
    const weak = [randomBytes(16).toString("base64"), Buffer.alloc(32, 65).toString("base64"), "rahasia", "password123password123password123password123", "!!!!"];
    for (const w of weak) {
      expect(() => loadBeneficiaryKey({ BENEFICIARY_KEY: w })).toThrow(BeneficiaryKeyError);
      try {
        loadBeneficiaryKey({ BENEFICIARY_KEY: w });
      } catch (err) {
        expect((err as Error).message).toMatch(/openssl rand -base64 32/);
        expect((err as Error).message).not.toContain(w);
      }
    }
  });

  it("needs BENEFICIARY_KEY on PostgreSQL", () => {
    expect(() => loadBeneficiaryKey({ DATABASE_URL: "postgres://x" }, path.join(dir, "never"))).toThrow(/BENEFICIARY_KEY must be set/);
  });

  it("makes a key once on the embedded setup, in a file only its owner can read", () => {
    const file = path.join(dir, "data", "beneficiary-key");
    const first = loadBeneficiaryKey({}, file);
    expect(first).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadBeneficiaryKey({}, file).equals(first)).toBe(true);
    expect(Buffer.from(readFileSync(file, "utf8"), "base64").equals(first)).toBe(true);
  });
});
