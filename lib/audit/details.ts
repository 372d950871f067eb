import type { Locale, MessageKey, Translate } from "@/lib/i18n/core";

// How the audit log page writes an entry: its action in words, its details as short text.

/**
 * Every action code with a label in a catalog's `audit.actions`, such as `user.password_reset`, for
 * the filter; the client passes its own language's catalog (next-intl's useMessages), so no catalog
 * is bundled here.
 */
export function knownAuditActions(actions: object): string[] {
  return Object.entries(actions).flatMap(([group, names]) =>
    typeof names === "object" && names !== null ? Object.keys(names).map((name) => `${group}.${name}`) : [],
  );
}

/** The action in the reader's language; a code the catalogs do not know is shown as it is. */
export function auditActionLabel(t: Translate, locale: Locale, code: string): string {
  const key = `audit.actions.${code}`;
  return t.has(key) ? t(key as MessageKey) : code;
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

/** Ids and area codes an entry mentions, with their names (from the audit query); unknown ones stay raw. */
export type AuditNames = Record<string, string>;

const STATUS_KEYS = new Set(["draft", "submitted", "approved", "revision_requested", "rejected", "in_progress", "completed", "withdrawn"]);
const ROLE_KEYS = new Set(["admin", "reviewer", "officer", "viewer"]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A label from the catalogs, or the raw value when the key is unknown. */
function label(t: Translate, locale: Locale, key: string, raw: string): string {
  return t.has(key) ? t(key as MessageKey) : raw;
}

/** dd/mm/yyyy, as every date in the app is written. */
const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * An entry's details in the reader's language, as short sentences: "Status diubah dari Perlu
 * revisi ke Diajukan", "Format XLSX · 12 baris · saringan: tahun 2026", "Email x · kata sandi
 * salah". Ids and area codes become names where `names` knows them. A key the catalogs do not
 * know is written `key: value`, so nothing recorded is hidden. Null when there is nothing to show.
 */
export function describeAuditDetails(
  t: Translate,
  locale: Locale,
  details: Record<string, unknown> | null | undefined,
  names: AuditNames = {},
): string | null {
  if (!details || Object.keys(details).length === 0) return null;
  const name = (v: unknown) => (typeof v === "string" ? (names[v] ?? v) : scalar(v));
  const yesNo = (v: unknown) => t(v ? "audit.detail.yes" : "audit.detail.no");
  const value = (key: string, v: unknown): string => {
    if (Array.isArray(v)) return v.length ? v.map((x) => value(key, x)).join(", ") : t("common.none");
    if (typeof v === "boolean") return yesNo(v);
    if (typeof v === "number") return key === "year" ? String(v) : formatNumberPlain(v);
    if (typeof v === "string") {
      if (key === "sector") return label(t, locale, `sectors.${v}`, v);
      if (key === "status") return label(t, locale, `statuses.${v}`, v);
      if (key === "role") return label(t, locale, `roles.${v}`, v);
      if (key === "resolution") return label(t, locale, `review.resolutions.${v}`, v);
      if (key === "reason") return label(t, locale, `audit.detail.reasons.${v}`, v);
      if (key === "format") return v.toUpperCase();
      if (ISO_DATE.test(v)) return ddmmyyyy(v);
      return name(v);
    }
    if (v !== null && typeof v === "object") {
      const inner = Object.entries(v).filter(([, x]) => x !== null && x !== undefined && x !== "");
      if (key === "onBehalfOf" && "name" in v) return String((v as { name: unknown }).name);
      return inner.length ? inner.map(([k, x]) => part(k, x)).join(", ") : t("audit.detail.noFilters");
    }
    return t("common.none");
  };
  const part = (key: string, v: unknown): string => {
    const k = `audit.detail.keys.${key}`;
    return t.has(k) ? `${t(k as MessageKey)}: ${value(key, v)}` : `${key}: ${value(key, v)}`;
  };

  const parts: string[] = [];
  const rest = { ...details };
  // A change of status or of role, in one sentence.
  const { from, to } = details;
  if (typeof from === "string" && typeof to === "string") {
    if (STATUS_KEYS.has(from) && STATUS_KEYS.has(to)) {
      parts.push(t("audit.detail.statusChange", { from: t(`statuses.${from}` as MessageKey), to: t(`statuses.${to}` as MessageKey) }));
    } else if (ROLE_KEYS.has(from) && ROLE_KEYS.has(to)) {
      parts.push(t("audit.detail.roleChange", { from: t(`roles.${from}` as MessageKey), to: t(`roles.${to}` as MessageKey) }));
    } else if (ISO_DATE.test(from) && ISO_DATE.test(to)) {
      parts.push(t("audit.detail.range", { from: ddmmyyyy(from), to: ddmmyyyy(to) }));
    } else {
      parts.push(part("from", from), part("to", to));
    }
    delete rest.from;
    delete rest.to;
  }
  for (const flag of ["enabled", "isActive"] as const) {
    if (typeof details[flag] === "boolean") {
      parts.push(t(details[flag] ? "audit.detail.turnedOn" : "audit.detail.turnedOff"));
      delete rest[flag];
    }
  }
  if (typeof details.rows === "number") {
    parts.push(t("audit.detail.rows", { n: formatNumberPlain(details.rows) }));
    delete rest.rows;
  }
  if (typeof details.bytes === "number") {
    parts.push(t("audit.detail.size", { kb: formatNumberPlain(Math.max(1, Math.round(details.bytes / 1024))) }));
    delete rest.bytes;
  }
  for (const [k, v] of Object.entries(rest)) {
    if (v === undefined) continue;
    parts.push(part(k, v));
  }
  return parts.length ? parts.join(" · ") : null;
}

const plain = new Intl.NumberFormat("id-ID");
const formatNumberPlain = (n: number) => plain.format(n);
