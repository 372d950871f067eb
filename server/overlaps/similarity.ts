import type { Token } from "./text";

export type Vector = Map<string, number>;

/** Term weights: sublinear term frequency, generic words down-weighted, minus excluded terms (place names). */
export function termVector(tokens: readonly Token[], exclude: ReadonlySet<string>, scale = 1): Vector {
  const counts = new Map<string, { n: number; weight: number }>();
  for (const t of tokens) {
    if (exclude.has(t.term)) continue;
    const c = counts.get(t.term);
    if (c) c.n++;
    else counts.set(t.term, { n: 1, weight: t.weight });
  }
  const v: Vector = new Map();
  for (const [term, { n, weight }] of counts) v.set(term, scale * (1 + Math.log(n)) * weight);
  return v;
}

export function addVectors(a: Vector, b: Vector): Vector {
  const out = new Map(a);
  for (const [k, w] of b) out.set(k, (out.get(k) ?? 0) + w);
  return out;
}

export function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const w of a.values()) na += w * w;
  for (const w of b.values()) nb += w * w;
  if (na === 0 || nb === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [k, w] of small) {
    const o = large.get(k);
    if (o) dot += w * o;
  }
  return dot / Math.sqrt(na * nb);
}

/** Shared terms ranked by their joint weight, generic ones left out: the words a reviewer can check. */
export function sharedTerms(a: Vector, b: Vector, limit = 4, minWeight = 0.35): string[] {
  const out: [string, number][] = [];
  for (const [k, w] of a) {
    const o = b.get(k);
    if (o && w > minWeight && o > minWeight) out.push([k, w * o]);
  }
  return out
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .slice(0, limit)
    .map(([k]) => k);
}

function trigrams(s: string): Map<string, number> {
  const padded = `  ${s} `;
  const out = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const g = padded.slice(i, i + 3);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Dice coefficient of character trigrams: robust to spelling variants and word order. */
export function trigramDice(a: string, b: string): number {
  if (!a || !b) return 0;
  const ta = trigrams(a);
  const tb = trigrams(b);
  let shared = 0;
  let total = 0;
  for (const [g, n] of ta) {
    shared += Math.min(n, tb.get(g) ?? 0);
    total += n;
  }
  for (const n of tb.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}
