/**
 * Edit distance between two name keys, counting a swap of neighbouring letters as one edit
 * (optimal string alignment). Stops early: any answer above `max` comes back as `max + 1`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  // Three rows of the distance table; `?? 0` only satisfies the index checker (every cell is set).
  let prevPrev = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prevPrev[j - 2] ?? 0) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  return Math.min(prev[n] ?? 0, max + 1);
}

/** How far a typed key may be from a name to be offered as a suggestion: short names need to be near exact. */
export function suggestionDistance(keyLength: number): number {
  if (keyLength <= 3) return 0;
  if (keyLength <= 5) return 1;
  if (keyLength <= 9) return 2;
  return 3;
}

/** The closest a key may be to be corrected without asking (only ever inside an area the person named). */
export const AUTO_CORRECT_DISTANCE = 1;
export const AUTO_CORRECT_MIN_LENGTH = 5;
