import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import { fieldErrorsOf } from "@/server/trpc/init";

/** Awaits a call that must fail with the given tRPC code; returns the error's field messages. */
export async function expectTrpcError(call: Promise<unknown>, code: TRPCError["code"]): Promise<Record<string, string>> {
  let caught: unknown;
  try {
    await call;
  } catch (err) {
    caught = err;
  }
  expect(caught, `expected a ${code} error`).toBeInstanceOf(TRPCError);
  const err = caught as TRPCError;
  expect(err.code).toBe(code);
  return fieldErrorsOf(err) ?? {};
}
