// Area-code rules with no database import, so pages in the browser may share them (the decision
// form mirrors who may decide). server/access/areas.ts re-exports them beside the SQL helpers.

export const NATIONAL = "ID";

/** True when `code` is `container` or lies inside it. Whole segments only: `64.1` is not in `64.11`. */
export function isWithin(code: string, container: string): boolean {
  if (container === NATIONAL) return true;
  if (code === NATIONAL) return false;
  return code === container || code.startsWith(container + ".");
}

/**
 * True when `jurisdiction` contains every one of `codes` (and there is at least one): the rule
 * for acting on a program, stricter than seeing it (which needs only one area to share ground).
 */
export function coversEveryArea(jurisdiction: string, codes: readonly string[]): boolean {
  return codes.length > 0 && codes.every((c) => isWithin(c, jurisdiction));
}
