import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { defaultPgliteDir } from "@/db/client";

/** Secrets read from their file, per file: every request's session read asks for the secret. */
const fileSecrets = new Map<string, string>();

/**
 * AUTH_SECRET signs session tokens. On PostgreSQL (several instances) it must be set. On the
 * embedded database (one machine) a random secret is made once and kept next to the data.
 */
export function getAuthSecret(): string {
  const fromEnv = process.env.AUTH_SECRET;
  if (fromEnv) return fromEnv;
  if (process.env.DATABASE_URL) {
    throw new Error("AUTH_SECRET must be set when DATABASE_URL is set (every app instance needs the same secret).");
  }
  const file = path.join(path.dirname(defaultPgliteDir()), "auth-secret");
  const known = fileSecrets.get(file);
  if (known) return known;
  if (existsSync(file)) {
    const secret = readFileSync(file, "utf8").trim();
    fileSecrets.set(file, secret);
    return secret;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  fileSecrets.set(file, secret);
  return secret;
}
