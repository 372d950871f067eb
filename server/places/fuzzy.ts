/** Rows of the distance table, reused between calls (resolution is synchronous). */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

function tableRows(width: number): [Int32Array, Int32Array, Int32Array] {
  if (rows[0].length < width) rows = [new Int32Array(width * 2), new Int32Array(width * 2), new Int32Array(width * 2)];
  return rows;
}

/**
 * Edit distance between two name keys, counting a swap of neighbouring letters as one edit
 * (optimal string alignment). Stops early: any answer above `max` comes back as `max + 1`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let [prevPrev, prev, cur] = tableRows(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) v = Math.min(v, (prevPrev[j - 2] ?? 0) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  return Math.min(prev[n] ?? 0, max + 1);
}

/**
 * Which letters a key holds, one bit per letter (digits share bits). One edit changes at most
 * two bits, so `letterGap` is a lower bound of the edit distance that costs almost nothing.
 */
export function letterMask(key: string): number {
  let mask = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    mask |= 1 << (c >= 97 && c <= 122 ? c - 97 : 26 + (c % 6));
  }
  return mask;
}

export function letterGap(maskA: number, maskB: number): number {
  let x = maskA ^ maskB;
  let bits = 0;
  while (x !== 0) {
    x &= x - 1;
    bits++;
  }
  return Math.ceil(bits / 2);
}

/** How far a typed key may be from a name to be offered as a suggestion: short names need to be near exact. */
export function suggestionDistance(keyLength: number): number {
  if (keyLength <= 3) return 0;
  if (keyLength <= 5) return 1;
  if (keyLength <= 13) return 2;
  return 3;
}

/** The closest a key may be to be corrected without asking (only ever inside an area the person named). */
export const AUTO_CORRECT_DISTANCE = 1;
export const AUTO_CORRECT_MIN_LENGTH = 5;
