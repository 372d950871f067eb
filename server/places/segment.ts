import { matchPiece, type PieceMatches } from "./candidates";
import type { ParsedPiece, ParsedSegment } from "./cell-parse";
import { AUTO_CORRECT_DISTANCE, AUTO_CORRECT_MIN_LENGTH } from "./fuzzy";
import { areasInside, isInside, isInsideAny, type AreaEntry, type PlaceIndex } from "./place-lookup";
import type { PlaceNote } from "./place-types";
import { closeNamesFor, sortByWithin, suggestionsFor, type Scope } from "./suggest";

/**
 * Resolves one segment ("Kel. Guntung, Bontang Utara, Kota Bontang"): the larger areas written
 * after a name (or before it, when the text goes from large to small) narrow it down and are
 * not places of their own; names of the same level ("Desa A, Desa B, Kec. X") are each a place.
 */

export type Outcome =
  | { kind: "code"; area: AreaEntry }
  | { kind: "resolved"; area: AreaEntry; note?: PlaceNote }
  | { kind: "ambiguous"; cands: AreaEntry[]; note?: PlaceNote }
  | { kind: "unknown"; suggestions: AreaEntry[]; note?: PlaceNote };

interface Evaluated {
  piece: ParsedPiece;
  /** For a typed code: the area, or null when no area has it. */
  code?: AreaEntry | null;
  m: PieceMatches;
}

/** A larger area already read in this segment: firm when it resolved, soft when it is a set of possibilities. */
interface CtxEntry {
  group?: number;
  areas: AreaEntry[];
  firm: boolean;
  /** The areas are close spellings of an unknown name, not exact matches. */
  spelled?: boolean;
  used: boolean;
}

const NO_MATCHES: PieceMatches = { cands: [], hinted: false, mismatch: [], keys: [] };

function evaluate(index: PlaceIndex, piece: ParsedPiece): Evaluated {
  if (piece.code !== undefined) return { piece, code: index.byCode.get(piece.code) ?? null, m: NO_MATCHES };
  return { piece, m: matchPiece(index, piece.tokens, piece.inherited) };
}

function apparentLevel(ev: Evaluated, s: Scope): number | undefined {
  if (ev.code) return ev.code.level;
  const { cands, hinted, prefix } = ev.m;
  if (cands.length === 0) return prefix?.level;
  if (hinted && prefix) return prefix.level;
  const preferred = s.within ? cands.filter((e) => isInsideAny(e.code, s.within ?? [])) : [];
  return Math.min(...(preferred.length > 0 ? preferred : cands).map((e) => e.level));
}

/** Text order when it goes from small to large (the usual way); reversed for "Kukar, Kec. Anggana, Desa X". */
function processingOrder(evs: readonly Evaluated[], s: Scope): number[] {
  const order = evs.map((_, i) => i);
  const levels = evs.map((ev) => apparentLevel(ev, s)).filter((l): l is number => l !== undefined);
  const [first, last] = [levels[0], levels[levels.length - 1]];
  if (first !== undefined && last !== undefined && first < last) order.reverse();
  return order;
}

function containerLevel(ctx: readonly CtxEntry[], e: AreaEntry): number {
  let best = 0;
  for (const entry of ctx) {
    for (const a of entry.areas) if (a.level < e.level && a.level > best && isInside(e.code, a.code)) best = a.level;
  }
  return best;
}

function markContainersUsed(ctx: readonly CtxEntry[], inside: readonly AreaEntry[]): void {
  for (const entry of ctx) {
    if (entry.areas.some((a) => inside.some((e) => a.level < e.level && isInside(e.code, a.code)))) entry.used = true;
  }
}

/** The deepest resolved area written around this name (the nearest one when several are equally deep). */
function deepestFirm(ctx: readonly CtxEntry[]): { entry: CtxEntry; area: AreaEntry } | null {
  let found: { entry: CtxEntry; area: AreaEntry } | null = null;
  for (const entry of ctx) {
    const area = entry.firm ? entry.areas[0] : undefined;
    if (area && (!found || area.level >= found.area.level)) found = { entry, area };
  }
  return found;
}

/** Among several areas with the name: one is taken only when it is the only one, or (no level written) the only largest one. */
function choose(list: AreaEntry[], ev: Evaluated, mustAsk: boolean, note: PlaceNote | undefined, s: Scope): Outcome {
  const [only] = list;
  if (!mustAsk && only && list.length === 1) return { kind: "resolved", area: only, note };
  if (!mustAsk && !ev.m.hinted) {
    const top = Math.min(...list.map((e) => e.level));
    const [largest, ...others] = list.filter((e) => e.level === top);
    if (largest && others.length === 0) return { kind: "resolved", area: largest, note: "higher-level" };
  }
  return { kind: "ambiguous", cands: sortByWithin(list, s), note };
}

function chooseWithin(cands: AreaEntry[], ev: Evaluated, mustAsk: boolean, note: PlaceNote | undefined, s: Scope): Outcome {
  if (cands.length === 0) return { kind: "unknown", suggestions: suggestionsFor(ev.m, s) };
  if (!s.within) return choose(cands, ev, mustAsk, note, s);
  const within = s.within;
  const inside = cands.filter((e) => isInsideAny(e.code, within));
  if (inside.length > 0) return choose(inside, ev, mustAsk, note, s);
  // Only outside the preferred areas: a regency or province named exactly is clear enough; a
  // district or village is more likely a local name misspelt, so ask (with local close names).
  const [only] = cands;
  if (!mustAsk && only && cands.length === 1 && only.level <= 2) return { kind: "resolved", area: only, note: "outside-within" };
  const local = suggestionsFor(ev.m, s).filter((e) => !cands.includes(e));
  return { kind: "ambiguous", cands: [...sortByWithin(cands, s), ...local], note: note ?? "outside-within" };
}

function resolvePiece(ev: Evaluated, ctx: CtxEntry[], s: Scope): Outcome {
  if (ev.code === null) return { kind: "unknown", suggestions: [] };
  if (ev.code) {
    markContainersUsed(ctx, [ev.code]);
    return { kind: "code", area: ev.code };
  }
  let cands = ev.m.cands;
  let mustAsk = false;
  let note: PlaceNote | undefined;
  if (cands.length === 0 && ev.m.mismatch.length > 0) {
    cands = ev.m.mismatch;
    mustAsk = true;
    note = "level-mismatch";
  }
  if (ctx.length > 0 && cands.length > 0) {
    const best = Math.max(...cands.map((e) => containerLevel(ctx, e)));
    if (best > 0) {
      const inside = cands.filter((e) => containerLevel(ctx, e) === best);
      markContainersUsed(ctx, inside);
      const outcome = choose(inside, ev, mustAsk, note, s);
      // Narrowed down only by a close spelling of the context ("Kampung Baru, Kec. Penjam"): say so.
      const exactCtx = ctx.filter((e) => !e.spelled);
      const bySpelling = Math.max(...inside.map((e) => containerLevel(exactCtx, e))) < best;
      return outcome.kind === "resolved" && bySpelling && !outcome.note ? { ...outcome, note: "spelling" } : outcome;
    }
  }
  const firm = deepestFirm(ctx);
  const namesInner = (level: number) => (cands.length > 0 ? cands.every((e) => e.level > level) : (ev.m.prefix?.level ?? 4) > level);
  if (firm && namesInner(firm.area.level)) {
    // The text says the place lies inside `firm`, and nothing of that name does: a close spelling
    // there is taken when it is the only one; otherwise ask, showing where the name does exist.
    firm.entry.used = true;
    const close = closeNamesFor(ev.m, areasInside(s.index, firm.area.code), s).filter((c) => c.entry.code !== firm.area.code);
    const [first] = close;
    const nearby = close.filter((c) => first && c.distance <= first.distance + 1);
    if (!mustAsk && first && first.distance <= AUTO_CORRECT_DISTANCE && first.keyLength >= AUTO_CORRECT_MIN_LENGTH && nearby.length === 1) {
      markContainersUsed(ctx, [first.entry]);
      return { kind: "resolved", area: first.entry, note: "spelling" };
    }
    const closeEntries = close.slice(0, 5).map((c) => c.entry);
    if (cands.length > 0) {
      const local = s.within ? cands.filter((e) => isInsideAny(e.code, s.within ?? [])) : [];
      const elsewhere = sortByWithin(local.length > 0 ? local : cands, s).slice(0, 5);
      return { kind: "unknown", suggestions: [...elsewhere, ...closeEntries.filter((e) => !elsewhere.includes(e))], note: "outside-context" };
    }
    return { kind: "unknown", suggestions: closeEntries.length > 0 ? closeEntries : suggestionsFor(ev.m, s) };
  }
  return chooseWithin(cands, ev, mustAsk, note, s);
}

function contextOf(outcome: Outcome): CtxEntry | null {
  const containers = (list: readonly AreaEntry[]) => list.filter((e) => e.level < 4);
  if (outcome.kind === "code" || outcome.kind === "resolved") {
    return outcome.area.level < 4 ? { areas: [outcome.area], firm: true, used: false } : null;
  }
  if (outcome.kind === "ambiguous") {
    const areas = containers(outcome.cands);
    return areas.length > 0 ? { areas, firm: false, used: false } : null;
  }
  const areas = outcome.note ? [] : containers(outcome.suggestions);
  return areas.length > 0 ? { areas, firm: false, spelled: true, used: false } : null;
}

/** Remarks in brackets only narrow names down ("Kampung Baru (Penajam)"); they never contradict. */
function remarkContext(segment: ParsedSegment, s: Scope): CtxEntry[] {
  return segment.remarks.flatMap((tokens) => {
    const cands = matchPiece(s.index, tokens).cands.filter((e) => e.level < 4);
    const inside = s.within ? cands.filter((e) => isInsideAny(e.code, s.within ?? [])) : [];
    const areas = inside.length > 0 ? inside : cands;
    return areas.length > 0 ? [{ areas, firm: false, used: false }] : [];
  });
}

/** The places of one segment, in text order, each with the outcome of its resolution. */
export function resolveSegment(segment: ParsedSegment, s: Scope): { piece: ParsedPiece; outcome: Outcome }[] {
  const evs = segment.pieces.map((p) => evaluate(s.index, p));
  const order = processingOrder(evs, s);
  const ctx: CtxEntry[] = remarkContext(segment, s);
  const entryOf = new Map<number, CtxEntry>();
  const outcomes = new Map<number, Outcome>();
  for (const i of [...order].reverse()) {
    const ev = evs[i];
    if (!ev) continue;
    const group = ev.piece.group;
    const outcome = resolvePiece(ev, group === undefined ? ctx : ctx.filter((e) => e.group !== group), s);
    outcomes.set(i, outcome);
    const entry = contextOf(outcome);
    if (entry) {
      entry.group = group;
      ctx.push(entry);
      entryOf.set(i, entry);
    }
  }
  return evs.flatMap((ev, i) => {
    const outcome = outcomes.get(i);
    return outcome && !entryOf.get(i)?.used ? [{ piece: ev.piece, outcome }] : [];
  });
}
