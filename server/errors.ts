import { TRPCError } from "@trpc/server";

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
