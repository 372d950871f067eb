// What the audit log must never hold (UU PDP, Law 27/2022): passwords and other secrets, and
// NIKs. Pure, so every caller of recordAudit gets it and it is tested without a database.

/** Keys whose values are dropped wherever they appear: password, passwordHash, secret, token, nik, nikHash… */
const SECRET_KEY = /pass(word)?|secret|token|nik/i;
/** A run of exactly 16 digits, the shape of an NIK; longer or shorter runs are something else. */
const NIK_SHAPE = /(?<!\d)\d{16}(?!\d)/g;
export const REDACTED = "[redacted]";

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype;

function redactValue(value: unknown): unknown {
  if (typeof value === "string") return value.replace(NIK_SHAPE, REDACTED);
  // An NIK stored as a number is still an NIK; toString keeps all 16 digits (no exponent below 1e21).
  if (typeof value === "number" && Number.isInteger(value) && Math.abs(value).toString().length === 16) return REDACTED;
  if (Array.isArray(value)) return value.map(redactValue);
  if (isPlainObject(value)) return redactDetails(value);
  return value;
}

/** A copy of audit details without secret keys (at any depth) and with NIK-shaped numbers masked. */
export function redactDetails(details: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    if (SECRET_KEY.test(key)) continue;
    out[key] = redactValue(value);
  }
  return out;
}
