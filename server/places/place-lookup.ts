import { PLACE_ALIASES } from "./aliases";
import { editDistance, letterGap, letterMask } from "./fuzzy";
import { englishName, nameKey, splitRegencyName, type RegencyKind } from "./names";
import type { AreaRecord, PlaceCandidate } from "./place-types";

export interface AreaEntry extends AreaRecord {
  kind: RegencyKind | null;
}

/**
 * Lookups over the area register, built once. Treat as opaque outside server/places: the maps
 * are read-only after building; the caches fill on first use (labels, descendants, lengths).
 */
export interface PlaceIndex {
  readonly byCode: ReadonlyMap<string, AreaEntry>;
  /** Compared name (and alias) → areas with that name. */
  readonly byKey: ReadonlyMap<string, readonly AreaEntry[]>;
  readonly children: ReadonlyMap<string, readonly AreaEntry[]>;
  readonly caches: {
    labels: Map<string, string>;
    descendants: Map<string, readonly KeyedEntry[]>;
    byLength: Map<number, KeyedEntry[]> | null;
  };
}

/** An area under one of its compared names (a regency has two: "kotabontang" and "bontang"). */
export interface KeyedEntry {
  key: string;
  /** `letterMask(key)`, to skip names that cannot be close. */
  mask: number;
  entry: AreaEntry;
}

function addKey(map: Map<string, AreaEntry[]>, key: string, entry: AreaEntry): void {
  if (key === "") return;
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (!list.includes(entry)) list.push(entry);
}

/** Indexes every area by code, by compared name (regencies also without "Kabupaten"/"Kota"), and by alias. */
export function buildPlaceIndex(areas: readonly AreaRecord[]): PlaceIndex {
  const byCode = new Map<string, AreaEntry>();
  const byKey = new Map<string, AreaEntry[]>();
  const children = new Map<string, AreaEntry[]>();
  for (const a of areas) {
    const split = a.level === 2 ? splitRegencyName(a.name) : { kind: null, core: a.name };
    const entry: AreaEntry = { code: a.code, parentCode: a.parentCode, level: a.level, name: a.name, kind: split.kind };
    byCode.set(a.code, entry);
    addKey(byKey, nameKey(a.name), entry);
    if (split.core !== a.name) addKey(byKey, nameKey(split.core), entry);
    if (a.parentCode) {
      const list = children.get(a.parentCode);
      if (list) list.push(entry);
      else children.set(a.parentCode, [entry]);
    }
  }
  for (const { alias, code } of PLACE_ALIASES) {
    const entry = byCode.get(code);
    if (entry) addKey(byKey, nameKey(alias), entry);
  }
  // Names as companies reporting in English write them: "East Kutai", "North Penajam Paser",
  // "South Sulawesi". Provinces, regencies and districts only, and never a name already taken.
  const english: [string, AreaEntry][] = [];
  for (const entry of byCode.values()) {
    if (entry.level > 3) continue;
    const name = englishName(entry.level === 2 ? splitRegencyName(entry.name).core : entry.name);
    if (name) english.push([nameKey(name), entry]);
  }
  for (const [key, entry] of english) if (!byKey.has(key)) addKey(byKey, key, entry);
  return { byCode, byKey, children, caches: { labels: new Map(), descendants: new Map(), byLength: null } };
}

/** True when `code` is `scope` or lies inside it ("64.74.01.1004" is inside "64.74"). */
export function isInside(code: string, scope: string): boolean {
  return code === scope || (code.length > scope.length && code.startsWith(scope) && code[scope.length] === ".");
}

export function isInsideAny(code: string, scopes: readonly string[]): boolean {
  return scopes.some((s) => isInside(code, s));
}

function keysOf(entry: AreaEntry): string[] {
  const keys = [nameKey(entry.name)];
  if (entry.kind) keys.push(nameKey(splitRegencyName(entry.name).core));
  return keys;
}

/** The area itself and everything inside it, each under its compared names. */
export function areasInside(index: PlaceIndex, code: string): readonly KeyedEntry[] {
  const cached = index.caches.descendants.get(code);
  if (cached) return cached;
  const out: KeyedEntry[] = [];
  const root = index.byCode.get(code);
  const stack = root ? [root] : [];
  while (stack.length > 0) {
    const e = stack.pop() as AreaEntry;
    for (const key of keysOf(e)) out.push({ key, mask: letterMask(key), entry: e });
    for (const c of index.children.get(e.code) ?? []) stack.push(c);
  }
  index.caches.descendants.set(code, out);
  return out;
}

function entriesByLength(index: PlaceIndex): Map<number, KeyedEntry[]> {
  if (index.caches.byLength) return index.caches.byLength;
  const map = new Map<number, KeyedEntry[]>();
  for (const [key, list] of index.byKey) {
    const bucket = map.get(key.length) ?? [];
    const mask = letterMask(key);
    for (const entry of list) bucket.push({ key, mask, entry });
    map.set(key.length, bucket);
  }
  index.caches.byLength = map;
  return map;
}

export interface CloseName {
  entry: AreaEntry;
  distance: number;
}

/**
 * Areas whose name is within `max` edits of `key`, closest first, each area once. `scope` null
 * searches the whole country (by length buckets, so only names of a near length are compared).
 * With `prefixes`, a name that starts with the typed key (or the reverse) comes after those, at max + 0.5
 * ("Sangatta" finds "Sangatta Utara").
 */
export function findCloseNames(
  index: PlaceIndex,
  key: string,
  scope: readonly KeyedEntry[] | null,
  max: number,
  prefixes = false,
): CloseName[] {
  const best = new Map<string, CloseName>();
  const mask = letterMask(key);
  const consider = ({ key: k, mask: m, entry }: KeyedEntry) => {
    const isPrefix = prefixes && key.length >= 4 && k.length >= 4 && (k.startsWith(key) || key.startsWith(k));
    if (!isPrefix && letterGap(mask, m) > max) return;
    let d = editDistance(key, k, max);
    if (d > max && isPrefix) d = max + 0.5;
    if (d > max + 0.5) return;
    const prev = best.get(entry.code);
    if (!prev || d < prev.distance) best.set(entry.code, { entry, distance: d });
  };
  if (scope) for (const k of scope) consider(k);
  else {
    const buckets = entriesByLength(index);
    for (let len = key.length - max; len <= key.length + max; len++) for (const k of buckets.get(len) ?? []) consider(k);
  }
  return [...best.values()].sort((a, b) => a.distance - b.distance || a.entry.level - b.entry.level || a.entry.code.localeCompare(b.entry.code));
}

function levelLabel(e: AreaEntry): string {
  if (e.level === 1) return e.name;
  if (e.level === 2) return e.kind === "kab" ? `Kab. ${splitRegencyName(e.name).core}` : e.name;
  if (e.level === 3) return `Kec. ${e.name}`;
  // Kemendagri numbers urban wards (kelurahan) 1xxx and villages (desa) 2xxx.
  return `${e.code.split(".")[3]?.startsWith("1") ? "Kel." : "Desa"} ${e.name}`;
}

/** "Kel. Guntung, Kec. Bontang Utara, Kota Bontang, Kalimantan Timur"; null for an unknown code. */
export function placeLabel(index: PlaceIndex, code: string): string | null {
  const cached = index.caches.labels.get(code);
  if (cached) return cached;
  let e = index.byCode.get(code);
  if (!e) return null;
  const parts: string[] = [];
  while (e) {
    parts.push(levelLabel(e));
    e = e.parentCode ? index.byCode.get(e.parentCode) : undefined;
  }
  const label = parts.join(", ");
  index.caches.labels.set(code, label);
  return label;
}

export function toCandidate(index: PlaceIndex, e: AreaEntry): PlaceCandidate {
  return { code: e.code, name: e.name, level: e.level, label: placeLabel(index, e.code) ?? e.name };
}
