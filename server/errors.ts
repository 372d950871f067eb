import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";

/** A user's mistake tied to one form field; `message` is a catalog key such as `errors.refTaken`. */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "FieldError";
  }
}

/** Refuses input with a message shown beside `field`; the client maps `key` through its catalog. */
export function fieldError(field: string, key: string): TRPCError {
  return new TRPCError({ code: "BAD_REQUEST", message: key, cause: new FieldError(field, key) });
}

export const notFound = () => new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
export const forbidden = () => new TRPCError({ code: "FORBIDDEN", message: "errors.forbidden" });
export const conflict = (key = "errors.conflict") => new TRPCError({ code: "CONFLICT", message: key });

/** PostgreSQL error codes worth turning into a user-facing answer instead of a 500. */
export function pgErrorCode(err: unknown): string | undefined {
  let e: unknown = err;
  for (let i = 0; i < 4 && e; i++) {
    if (typeof e === "object" && e !== null && "code" in e && typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) {
      return e.code;
    }
    e = typeof e === "object" && e !== null && "cause" in e ? e.cause : undefined;
  }
  return undefined;
}
export const PG_UNIQUE_VIOLATION = "23505";
export const PG_FOREIGN_KEY_VIOLATION = "23503";
export const PG_CHECK_VIOLATION = "23514";

/** A failure the caller caused, as procedures and route handlers both answer it. */
export interface ClientFault {
  code: "BAD_REQUEST" | "CONFLICT";
  /** A catalog key. */
  message: string;
}

/**
 * The one mapping of errors the caller caused to an answer: input a schema refused, or a
 * database integrity/data error the schemas could not see (a value out of range, a NUL byte,
 * a duplicate). Procedures (`integrityErrors`) and route handlers (`server/http/guard.ts`) share it,
 * so the same input never gets a 400 from one entry point and a 500 from another.
 */
export function clientFaultOf(err: unknown): ClientFault | null {
  if (err instanceof ZodError) return { code: "BAD_REQUEST", message: "errors.validation" };
  const code = pgErrorCode(err);
  if (code === PG_UNIQUE_VIOLATION) return { code: "CONFLICT", message: "errors.conflict" };
  if (code && (code.startsWith("22") || code.startsWith("23"))) return { code: "BAD_REQUEST", message: "errors.invalid" };
  return null;
}

/**
 * An internal error as one log line, without what the caller sent: a failed query is logged as
 * its SQL text with placeholders and the PostgreSQL code, never its parameters (drizzle puts
 * them in the message and the stack), so a search term or a password hash does not reach the logs.
 */
export function describeForLog(err: unknown): string {
  const parts: string[] = [];
  let e: unknown = err;
  for (let i = 0; i < 5 && e; i++) {
    if (typeof e !== "object" || e === null) {
      parts.push(String(e));
      break;
    }
    const name = e instanceof Error ? e.name : "object";
    // The database's own error first: PGlite's also carries the query and its parameters.
    if ("code" in e && typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) {
      const where = "routine" in e && typeof e.routine === "string" ? ` in ${e.routine}` : "";
      parts.push(`${name}: PostgreSQL ${e.code}${where}`);
    } else if ("query" in e && typeof e.query === "string" && "params" in e) {
      parts.push(`${name}: query ${e.query.replace(/\s+/g, " ").slice(0, 500)}`);
    } else if (e instanceof Error) {
      const frames = (e.stack ?? "").split("\n").slice(1, 6).join("\n");
      parts.push(`${name}: ${e.message}${frames ? "\n" + frames : ""}`);
    } else parts.push(name);
    e = "cause" in e ? e.cause : undefined;
  }
  return parts.join("\n  caused by ");
}
