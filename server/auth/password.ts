import "server-only";
import { hash, verify } from "@node-rs/argon2";

// Argon2id with OWASP's baseline (19 MiB, 2 passes, 1 lane). `2` is Algorithm.Argon2id; the enum
// is a const enum that isolated modules cannot import.
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A real hash to verify against when the account does not exist, so timing does not reveal it. */
let dummyHash: Promise<string> | null = null;
export function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword("not-a-real-password-" + Math.random());
  return dummyHash;
}
