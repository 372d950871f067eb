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

/**
 * A hash of what makes a program the program it is. Case, punctuation and area order do not
 * count; a changed word, place, date, budget or target does. A resolved flag is raised again
 * only when a fingerprint changes.
 */
export function programFingerprint(p: Fingerprintable): string {
  const material = [
    rawWords(p.title).join(" "),
    rawWords(p.description).join(" "),
    p.sector,
    p.targetGroup,
    p.startDate,
    p.endDate,
    String(p.budgetIdr),
    String(p.beneficiaries),
    [...p.areaCodes].sort().join(","),
    // Only when present, so programs registered before the words were kept keep their fingerprint.
    ...(p.targetGroupText ? [rawWords(p.targetGroupText).join(" ")] : []),
  ].join("\u0001");
  return createHash("sha256").update(material).digest("base64url").slice(0, 22);
}
