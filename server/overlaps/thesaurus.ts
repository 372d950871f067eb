import { rawWords, stem } from "./text";

export interface ThesaurusEntry {
  /** A word or phrase as officers write it: "lanjut usia", "bedah rumah", "PMT". */
  term: string;
  /** The concept it stands for; every term of one concept compares as equal. */
  concept: string;
}

interface Compiled {
  words: string[];
  stems: string[];
  concept: string;
}

/**
 * Words and phrases CSR officers use interchangeably, compiled for fast longest-match lookup.
 * A phrase matches where each of its words equals the text's word or the text's stem.
 */
export class Thesaurus {
  private readonly byFirst = new Map<string, Compiled[]>();
  readonly size: number;

  constructor(entries: readonly ThesaurusEntry[]) {
    let n = 0;
    for (const e of entries) {
      const words = rawWords(e.term);
      const concept = rawWords(e.concept).join("");
      if (words.length === 0 || !concept) continue;
      const c: Compiled = { words, stems: words.map(stem), concept };
      for (const key of new Set([c.words[0], c.stems[0]])) {
        if (!key) continue;
        const list = this.byFirst.get(key) ?? [];
        list.push(c);
        list.sort((a, b) => b.words.length - a.words.length);
        this.byFirst.set(key, list);
      }
      n++;
    }
    this.size = n;
  }

  /**
   * The longest phrase starting at `i`, or null. Between phrases of the same length, the one
   * whose words match as written beats one that matches only on stems: "jaringan" (a network)
   * is its own entry, and must not become "jaring" (a fishing net) through their common stem.
   */
  match(words: readonly string[], stems: readonly string[], i: number): { concept: string; length: number } | null {
    const candidates = [...(this.byFirst.get(words[i] ?? "") ?? []), ...(this.byFirst.get(stems[i] ?? "") ?? [])];
    let best: Compiled | null = null;
    let bestExact = -1;
    for (const c of candidates) {
      if (best && c.words.length < best.words.length) continue;
      if (i + c.words.length > words.length) continue;
      let ok = true;
      let exact = 0;
      for (let j = 0; j < c.words.length && ok; j++) {
        if (words[i + j] === c.words[j]) exact++;
        else ok = stems[i + j] === c.stems[j];
      }
      if (!ok) continue;
      if (best && c.words.length === best.words.length && exact <= bestExact) continue;
      best = c;
      bestExact = exact;
    }
    return best ? { concept: best.concept, length: best.words.length } : null;
  }
}
