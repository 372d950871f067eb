import { id as catalog } from "@/lib/i18n/messages/id";
import { hasMessage, type Locale, type MessageKey, type Translate } from "@/lib/i18n/translate";

// How the audit log page writes an entry: its action in words, its details as short text.

/** Every action code with a label in the catalogs, such as `user.password_reset`, for the filter. */
export const KNOWN_AUDIT_ACTIONS: string[] = Object.entries(catalog.audit.actions).flatMap(([group, actions]) =>
  Object.keys(actions).map((name) => `${group}.${name}`),
);

/** The action in the reader's language; a code the catalogs do not know is shown as it is. */
export function auditActionLabel(t: Translate, locale: Locale, code: string): string {
  const key = `audit.actions.${code}`;
  return hasMessage(locale, key) ? t(key as MessageKey) : code;
}

function scalar(v: unknown): string {
  if (v === null || v === undefined) return "—";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return `[${v.map(scalar).join(", ")}]`;
  if (typeof v === "object") {
    return `{${Object.entries(v)
      .map(([k, x]) => `${k}: ${scalar(x)}`)
      .join(", ")}}`;
  }
  return String(v);
}

/**
 * Details as `key: value` pairs separated by semicolons; a nested object's keys are joined with
 * dots (`scope.role: officer`) and a list is written `a, b`. Null when there is nothing to show.
 */
export function formatAuditDetails(details: Record<string, unknown> | null | undefined): string | null {
  if (!details) return null;
  const pairs: string[] = [];
  const walk = (prefix: string, value: unknown) => {
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) walk(prefix ? `${prefix}.${k}` : k, v);
      return;
    }
    const text = Array.isArray(value) ? value.map(scalar).join(", ") : scalar(value);
    pairs.push(`${prefix}: ${text}`);
  };
  walk("", details);
  return pairs.length ? pairs.join("; ") : null;
}
