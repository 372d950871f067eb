import type { TargetGroup } from "@/lib/enums";
import { splitTargetWords, typoDistance } from "./normalise";

/** One synonym: a word or phrase as companies write it, and the category it names. */
export interface TargetTerm {
  term: string;
  category: TargetGroup;
}

export interface TargetGroupInference {
  category: TargetGroup | null;
  /** The synonym (as written in the list) that decided the category: "'lansia' → Lanjut usia". */
  term: string | null;
}

/**
 * How much a category says about who a program is for, when the words name several.
 * "warga"/"masyarakat" (general public) only decide when nothing else matches; poverty qualifies a
 * group rather than naming it ("nelayan miskin" is fishers, "lansia tidak mampu" the elderly);
 * every other category is equally specific, and then the FIRST one mentioned wins, because
 * Indonesian puts the head noun first ("ibu hamil dan balita", "perempuan nelayan" = women,
 * "petani perempuan" = farmers).
 */
function specificity(category: TargetGroup): number {
  if (category === "general_public") return 0;
  if (category === "poor_households") return 1;
  return 2;
}

/**
 * Real words one typo away from a synonym; never read as that synonym
 * ("santai" is relaxed, not "santri"; "pemula" a beginner, not "pemuda").
 */
const NOT_TYPOS = new Set([
  "santai", "lansir", "pelayar", "pemula", "pemuka", "pemudik", "petang", "manual", "perawan", "pelajari",
  "banjar", "doktor", "kurban", "pelaut",
]);

/** Typos are forgiven only in words this long; shorter words have too many real neighbours. */
const MIN_TYPO_LENGTH = 6;

interface Compiled {
  words: string[];
  term: string;
  category: TargetGroup;
}

interface Index {
  byFirst: Map<string, Compiled[]>;
  /** Every word any synonym uses: such a word is never treated as a typo of another. */
  vocabulary: Set<string>;
  /** First words long enough to forgive a typo in. */
  longFirstWords: string[];
}

const compiledCache = new WeakMap<readonly TargetTerm[], Index>();

/** Later entries win for the same normalised phrase, so admin rows appended after defaults override them. */
function compile(terms: readonly TargetTerm[]): Index {
  const cached = compiledCache.get(terms);
  if (cached) return cached;
  const byPhrase = new Map<string, Compiled>();
  for (const t of terms) {
    const words = splitTargetWords(t.term);
    if (words.length > 0) byPhrase.set(words.join(" "), { words, term: t.term.trim(), category: t.category });
  }
  const byFirst = new Map<string, Compiled[]>();
  const vocabulary = new Set<string>();
  for (const c of byPhrase.values()) {
    const first = c.words[0] as string;
    byFirst.set(first, [...(byFirst.get(first) ?? []), c]);
    for (const w of c.words) vocabulary.add(w);
  }
  const longFirstWords = [...byFirst.keys()].filter((w) => w.length >= MIN_TYPO_LENGTH);
  const index = { byFirst, vocabulary, longFirstWords };
  compiledCache.set(terms, index);
  return index;
}

/** Is the text's word the synonym's word, or one typo from it (long words, same first letter, not a real word)? */
function wordMatches(textWord: string, termWord: string, index: Index): "exact" | "typo" | null {
  if (textWord === termWord) return "exact";
  if (textWord.length < MIN_TYPO_LENGTH || termWord.length < MIN_TYPO_LENGTH) return null;
  if (textWord[0] !== termWord[0] || index.vocabulary.has(textWord) || NOT_TYPOS.has(textWord)) return null;
  return typoDistance(textWord, termWord) <= 1 ? "typo" : null;
}

interface Match {
  compiled: Compiled;
  typos: number;
}

/** The longest synonym starting at word `i` (fewer typos breaks a tie), or null. */
function matchAt(words: readonly string[], i: number, index: Index): Match | null {
  const word = words[i] as string;
  const candidates = [...(index.byFirst.get(word) ?? [])];
  if (word.length >= MIN_TYPO_LENGTH && !index.vocabulary.has(word)) {
    for (const first of index.longFirstWords) {
      if (wordMatches(word, first, index) === "typo") candidates.push(...(index.byFirst.get(first) ?? []));
    }
  }
  let best: Match | null = null;
  for (const c of candidates) {
    if (i + c.words.length > words.length) continue;
    let typos = 0;
    let ok = true;
    for (let j = 0; j < c.words.length && ok; j++) {
      const m = wordMatches(words[i + j] as string, c.words[j] as string, index);
      if (m === null) ok = false;
      else if (m === "typo") typos++;
    }
    if (!ok) continue;
    const longer = !best || c.words.length > best.compiled.words.length;
    const sameButCleaner = best && c.words.length === best.compiled.words.length && typos < best.typos;
    if (longer || sameButCleaner) best = { compiled: c, typos };
  }
  return best;
}

/**
 * Best category for a target group written in words, or null when no synonym is found.
 * Whole words and phrases only ("kanak" is not "anak"), case, accents and punctuation ignored; at
 * each position the longest phrase wins ("ibu hamil" is children, "ibu" alone women; "masyarakat
 * adat" is indigenous, "masyarakat" alone the general public). One typo (a letter wrong, missing, extra
 * or two swapped) is forgiven in words of six letters or more when the first letter is right and the
 * word is not itself a known word ("lansai", "nelayn", "pertani"). Several categories: see
 * {@link specificity}.
 */
export function inferTargetGroup(text: string, terms: readonly TargetTerm[]): TargetGroupInference {
  const words = splitTargetWords(text);
  if (words.length === 0) return { category: null, term: null };
  const index = compile(terms);
  let best: { compiled: Compiled; rank: number } | null = null;
  for (let i = 0; i < words.length; ) {
    const m = matchAt(words, i, index);
    if (!m) {
      i++;
      continue;
    }
    const rank = specificity(m.compiled.category);
    if (!best || rank > best.rank) best = { compiled: m.compiled, rank };
    i += m.compiled.words.length;
  }
  return best ? { category: best.compiled.category, term: best.compiled.term } : { category: null, term: null };
}
