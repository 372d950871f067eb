// How target-group words are compared: the same for the synonym list, the admin's table key, the
// live suggestion in the form and the overlap scoring. Pure; runs on the server and in the browser.

/**
 * Lowercase, accents and punctuation gone, one space between words: "Ibu-ibu  PKK," → "ibu ibu pkk".
 * Codes read as words ("poor_households" → "poor households"); "anak2" (written reduplication) → "anak anak".
 */
export function normaliseTargetTerm(text: string): string {
  return splitTargetWords(text).join(" ");
}

/** The words of a target-group text after {@link normaliseTargetTerm}'s rules. */
export function splitTargetWords(text: string): string[] {
  const plain = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  if (!plain) return [];
  const words: string[] = [];
  for (const w of plain.split(" ")) {
    const doubled = /^([a-z]{2,})2$/.exec(w);
    if (doubled?.[1]) words.push(doubled[1], doubled[1]);
    else words.push(w);
  }
  return words;
}

/**
 * Optimal string alignment distance (Levenshtein plus swapping two neighbours), capped at
 * `max + 1`: only "is this one typo away?" is ever asked.
 */
export function typoDistance(a: string, b: string, max = 1): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      row[j] = v;
      rowBest = Math.min(rowBest, v);
    }
    if (rowBest > max) return max + 1;
  }
  return Math.min(at(a.length, b.length), max + 1);
}
