import { z } from "zod";

// Shared by the schemas of every list filter (and so by the forms in the browser): no server-only.

/** PostgreSQL text cannot hold a NUL character; a search for one is refused as bad input, never a 500. */
export const hasNoNul = (s: string) => !s.includes("\u0000");

/** A free-text search box (`q`): trimmed, at most `max` characters, no NUL. */
export function searchTextSchema(max: number) {
  return z.string().trim().max(max, "errors.tooLong").refine(hasNoNul, "errors.invalid");
}
