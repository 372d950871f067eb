import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { defaultPgliteDir } from "@/db/client";
import { createTranslator } from "@/lib/i18n/translate";

export const MIN_KEY_BYTES = 32;

/** A startup error whose message says what to set; the key itself is never part of it. */
export class BeneficiaryKeyError extends Error {}

/**
 * The key from its base64 text. Weak means: not base64, under 32 bytes, or so repetitive that it
 * cannot be random: fewer than 16 distinct byte values ("AAAA…"), or a text of fewer than 20 distinct
 * characters (a word typed again and again); 32 random bytes in base64 have about 30.
 */
export function parseBeneficiaryKey(text: string): Buffer {
  const t = createTranslator("en");
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) throw new BeneficiaryKeyError(t("beneficiaries.keyWeak"));
  const key = Buffer.from(trimmed.replace(/-/g, "+").replace(/_/g, "/"), "base64");
  if (key.length < MIN_KEY_BYTES || new Set(key).size < 16 || new Set(trimmed.replace(/=+$/, "")).size < 20) throw new BeneficiaryKeyError(t("beneficiaries.keyWeak"));
  return key;
}

/** Where the embedded setup keeps its generated key: next to the data, like the auth secret. */
export const beneficiaryKeyFile = () => path.join(path.dirname(defaultPgliteDir()), "beneficiary-key");

/**
 * The key of every token. `BENEFICIARY_KEY` (base64, ≥ 32 bytes) when set; it must be set with
 * DATABASE_URL, since every instance needs the same key. On the embedded database a random key
 * is made once into a file (mode 0600) beside the data. Never written to the database or a log.
 */
export function loadBeneficiaryKey(env: Record<string, string | undefined> = process.env, file = beneficiaryKeyFile()): Buffer {
  const fromEnv = env.BENEFICIARY_KEY;
  if (fromEnv) return parseBeneficiaryKey(fromEnv);
  if (env.DATABASE_URL) throw new BeneficiaryKeyError(createTranslator("en")("beneficiaries.keyMissing"));
  if (existsSync(file)) return parseBeneficiaryKey(readFileSync(file, "utf8"));
  mkdirSync(path.dirname(file), { recursive: true });
  const key = randomBytes(MIN_KEY_BYTES);
  writeFileSync(file, key.toString("base64"), { mode: 0o600, flag: "wx" });
  return key;
}

let cached: Buffer | null = null;
/** The process's key, read once. */
export function getBeneficiaryKey(): Buffer {
  cached ??= loadBeneficiaryKey();
  return cached;
}

/** The token of a normalised NIK: HMAC-SHA256 under the key, 32 bytes. */
export function nikToken(key: Buffer, nik: string): Buffer {
  return createHmac("sha256", key).update(nik, "utf8").digest();
}

/** The token of a KK number, in its own domain so a KK never matches an NIK. */
export function kkToken(key: Buffer, kk: string): Buffer {
  return createHmac("sha256", key).update(`KK:${kk}`, "utf8").digest();
}

/**
 * A short fingerprint of the key (HMAC of a fixed label, 8 bytes in hex), kept in settings so an
 * upload under a changed key is refused instead of silently never matching the older tokens.
 * It reveals nothing of the key.
 */
export function keyFingerprint(key: Buffer): string {
  return createHmac("sha256", key).update("sinergi-csr:beneficiary-key-fingerprint", "utf8").digest("hex").slice(0, 16);
}
