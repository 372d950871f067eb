import { createHash } from "node:crypto";
import { rawWords } from "./text";

export interface Fingerprintable {
  title: string;
  description: string;
  sector: string;
  targetGroup: string | null;
  targetGroupText?: string | null;
  startDate: string;
  endDate: string;
  budgetIdr: number | null;
  beneficiaries: number | null;
  areaCodes: string[];
}

/** A budget or a beneficiary count may move this much (a share of the decided figure) without reopening a decided pair. */
export const MATERIAL_MARGIN = 0.1;

const hash = (parts: (string | null)[]) =>
  createHash("sha256").update(parts.join("\u0001")).digest("base64url").slice(0, 22);

/**
 * What makes a program the program it is, as a reviewer decided on it: places, period, sector,
 * target group, and the budget and beneficiaries (compared with a margin, see `materiallyChanged`).
 * The title, description and contact are not material: a typo fixed there keeps a decided pair
 * decided. Written as `2:<hash>:<budget>:<beneficiaries>`.
 */
export function programFingerprint(p: Fingerprintable): string {
  const h = hash([
    p.sector,
    p.targetGroup,
    p.startDate,
    p.endDate,
    [...p.areaCodes].sort().join(","),
    p.targetGroupText ? rawWords(p.targetGroupText).join(" ") : "",
  ]);
  return `2:${h}:${p.budgetIdr ?? ""}:${p.beneficiaries ?? ""}`;
}

/**
 * The fingerprint written before version 2 (every word of title and description counted): a pair
 * decided then is compared with it until its fingerprints are written again.
 */
export function legacyFingerprint(p: Fingerprintable): string {
  return hash([
    rawWords(p.title).join(" "),
    rawWords(p.description).join(" "),
    p.sector,
    p.targetGroup,
    p.startDate,
    p.endDate,
    String(p.budgetIdr),
    String(p.beneficiaries),
    [...p.areaCodes].sort().join(","),
    ...(p.targetGroupText ? [rawWords(p.targetGroupText).join(" ")] : []),
  ]);
}

/** A figure moved past the margin, or became known or unknown. */
function figureMoved(before: string, after: string): boolean {
  if (before === after) return false;
  if (before === "" || after === "") return true;
  const b = Number(before);
  const a = Number(after);
  return Math.abs(a - b) > MATERIAL_MARGIN * Math.abs(b);
}

/**
 * Whether a program changed materially since `stored` was written (when its pair was flagged or
 * decided). `current` is the program now, in both forms; a version-1 fingerprint can only be
 * compared whole.
 */
export function materiallyChanged(stored: string, current: { fingerprint: string; legacy?: string | (() => string) }): boolean {
  if (!stored.startsWith("2:")) {
    if (current.legacy === undefined) return stored !== current.fingerprint;
    return stored !== (typeof current.legacy === "function" ? current.legacy() : current.legacy);
  }
  const [, h1, b1 = "", n1 = ""] = stored.split(":");
  const [, h2, b2 = "", n2 = ""] = current.fingerprint.split(":");
  return h1 !== h2 || figureMoved(b1, b2) || figureMoved(n1, n2);
}
