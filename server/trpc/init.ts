import "server-only";
import { initTRPC, TRPCError } from "@trpc/server";
import { sharedAwareTransformer } from "@/server/cache/shared-values";
import { ZodError } from "zod";
import type { Database } from "@/db/client";
import type { OfficerViewer, StaffViewer, Viewer } from "@/server/auth/viewer";
import { clientFaultOf, FieldError } from "@/server/errors";
import type { Role } from "@/db/schema";
import type { IndonesianTimeZone } from "@/lib/time-zone";

export interface Context {
  db: Database;
  viewer: Viewer | null;
  ip: string | null;
  /** The viewer's time zone (their area's: WIB, WITA or WIT), read once per context when first asked. */
  timeZone: () => Promise<IndonesianTimeZone>;
}

/** Field → catalog key, from zod issues or a FieldError, for messages beside form fields. */
export function fieldErrorsOf(error: TRPCError): Record<string, string> | null {
  const cause = error.cause;
  if (cause instanceof ZodError) {
    const out: Record<string, string> = {};
    for (const issue of cause.issues) {
      const key = issue.path.join(".") || "_";
      out[key] ??= issue.message.startsWith("errors.") ? issue.message : "errors.invalid";
    }
    return out;
  }
  if (cause instanceof FieldError) return { [cause.field]: cause.message };
  return null;
}

const t = initTRPC.context<Context>().create({
  transformer: sharedAwareTransformer,
  errorFormatter({ shape, error }) {
    const fieldErrors = fieldErrorsOf(error);
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    return {
      ...shape,
      // Internal errors never leak SQL or stack traces to the browser.
      message: internal ? "errors.internal" : fieldErrors ? "errors.validation" : shape.message,
      data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, fieldErrors },
    };
  },
});

export const createRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Database integrity errors that reach this far are a user's input the schemas could not see
 * (a value out of range, a duplicate); they become a 400/409, never a 500.
 */
const integrityErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.code === "INTERNAL_SERVER_ERROR") {
    const cause = result.error.cause;
    const fault = clientFaultOf(cause);
    // A schema's own error stays the cause, so the form gets its field messages.
    if (fault) throw new TRPCError({ ...fault, cause: cause instanceof ZodError ? cause : result.error });
  }
  return result;
});

export const publicProcedure = t.procedure.use(integrityErrors);

/**
 * Guarantees a signed-in, active user whose session is current, even one who must still replace
 * a password an admin set: only for changing that password and saying who is signed in.
 */
export const signedInProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.viewer) throw new TRPCError({ code: "UNAUTHORIZED", message: "errors.unauthorized" });
  return next({ ctx: { ...ctx, viewer: ctx.viewer } });
});

/** Guarantees a signed-in, active user whose session is current and who has no password change pending. */
export const protectedProcedure = signedInProcedure.use(({ ctx, next }) => {
  if (ctx.viewer.mustChangePassword) throw new TRPCError({ code: "FORBIDDEN", message: "errors.passwordChangeRequired" });
  return next();
});

/** Guarantees one of the given staff roles; the viewer carries a jurisdiction. */
export function roleProcedure<R extends Exclude<Role, "officer">>(...roles: R[]) {
  return protectedProcedure.use(({ ctx, next }) => {
    const v = ctx.viewer;
    if (v.role === "officer" || !(roles as string[]).includes(v.role)) {
      throw new TRPCError({ code: "FORBIDDEN", message: "errors.forbidden" });
    }
    return next({ ctx: { ...ctx, viewer: v as StaffViewer & { role: R } } });
  });
}

/** Guarantees an officer; `ctx.viewer.companyId` is their one company. */
export const officerProcedure = protectedProcedure.use(({ ctx, next }) => {
  const v = ctx.viewer;
  if (v.role !== "officer") throw new TRPCError({ code: "FORBIDDEN", message: "errors.forbidden" });
  return next({ ctx: { ...ctx, viewer: v as OfficerViewer } });
});

export const adminProcedure = roleProcedure("admin");
