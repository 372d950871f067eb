import path from "node:path";

/** Where global setup keeps each demo account's signed-in browser state (cookies), one file per account. */
export const AUTH_STATE_DIR = path.join(process.cwd(), ".data", "e2e-auth");

export function storageStatePath(email: string): string {
  return path.join(AUTH_STATE_DIR, `${email.replace(/[^a-z0-9.@-]/gi, "_")}.json`);
}
