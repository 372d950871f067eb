// Refs of imported rows. A file without a ref column gets refs made from what identifies a
// program (title, first place as written, start year), so the same file uploaded twice maps to
// the same refs and updates its drafts instead of doubling them. Pure.
import { createHash } from "node:crypto";
import type { ReadRow } from "./row-read";

const normalise = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/** `IMP-7KQ2MXA4`: eight letters of a hash of the normalised title, first place and start year. */
export function makeRef(title: string, firstPlace: string, startDate: string | null): string {
  const digest = createHash("sha256")
    .update(`${normalise(title)}|${normalise(firstPlace)}|${startDate?.slice(0, 4) ?? ""}`)
    .digest();
  let s = "";
  for (let i = 0; i < 8; i++) s += ALPHABET[(digest[i] ?? 0) % ALPHABET.length];
  return `IMP-${s}`;
}

/**
 * Gives every row its ref, in file order: the ref written, or a made one. A written ref used twice
 * for one company is an error on the second row; made refs that meet (the same title, place and
 * year twice) get `-2`, `-3`, so neither row is lost. `companyKey` groups rows by company.
 */
export function assignRefs(rows: ReadRow[], companyKey: (r: ReadRow) => string, hasRefColumn: boolean): void {
  const seen = new Map<string, number>();
  for (const r of rows) {
    const p = r.preview;
    const base = r.givenRef ?? makeRef(p.title, r.firstPlaceText, p.startDate);
    let ref = base;
    const key = (x: string) => `${companyKey(r)}|${x.toLowerCase()}`;
    const first = seen.get(key(ref));
    if (first !== undefined && r.givenRef !== null) {
      r.refMessages.push({ field: "ref", level: "error", message: "errors.importRefDuplicateRow", params: { value: ref, row: String(first) } });
    } else if (first !== undefined) {
      let n = 2;
      while (seen.has(key(`${base}-${n}`))) n++;
      ref = `${base}-${n}`;
    }
    if (!seen.has(key(ref))) seen.set(key(ref), p.row);
    p.ref = ref;
    if (r.givenRef === null && hasRefColumn) r.refMessages.push({ field: "ref", level: "info", message: "importNotes.refMade", params: { ref } });
    p.messages.push(...r.refMessages);
  }
}
