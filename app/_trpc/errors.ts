import { TRPCClientError } from "@trpc/client";
import type { AppRouter } from "@/server/trpc/root";

/** What a failed call tells a form: a catalog key for the whole form, and one per field. */
export function describeError(err: unknown): { message: string; fieldErrors: Record<string, string> } {
  if (err instanceof TRPCClientError) {
    const e = err as TRPCClientError<AppRouter>;
    return { message: e.message || "errors.internal", fieldErrors: e.data?.fieldErrors ?? {} };
  }
  return { message: "errors.network", fieldErrors: {} };
}
