import { z } from "zod";
import { TRANSITION_ACTIONS } from "./transitions";

export const transitionSchema = z.object({
  id: z.uuid("errors.notFound"),
  version: z.number().int().min(1),
  action: z
    .enum(TRANSITION_ACTIONS as [string, ...string[]], { error: "errors.invalid" })
    .transform((a) => a as (typeof TRANSITION_ACTIONS)[number]),
  note: z.string().trim().max(2000, "errors.tooLong").default(""),
});
export type TransitionInput = z.output<typeof transitionSchema>;

export const programHistorySchema = z.object({ programId: z.uuid("errors.notFound") });
export const versionDiffSchema = z.object({
  programId: z.uuid("errors.notFound"),
  from: z.number().int().min(1),
  to: z.number().int().min(1),
});
