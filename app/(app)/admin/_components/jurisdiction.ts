const NATIONAL = "ID";

/**
 * Mirrors the server's rule (server/access/areas.ts `isWithin`) so the UI can hide actions the
 * server would refuse; the server stays the authority.
 */
export function isWithinJurisdiction(code: string, container: string): boolean {
  if (container === NATIONAL) return true;
  if (code === NATIONAL) return false;
  return code === container || code.startsWith(container + ".");
}

/** One typed code, trimmed; `id` is read as `ID`; empty → null. */
export function normaliseCode(text: string): string | null {
  const code = text.trim();
  if (!code) return null;
  return code.toUpperCase() === NATIONAL ? NATIONAL : code;
}

/** "64, 64.08" (commas, semicolons or spaces) → ["64", "64.08"]. */
export function splitCodes(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map(normaliseCode)
    .filter((c): c is string => c !== null);
}
