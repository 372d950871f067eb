import { z } from "zod";
import { TRANSITION_ACTIONS } from "./transitions";

/** Longest answer an officer may write about the matches at the submit step. */
export const ACK_NOTE_MAX = 1000;

/**
 * The officer's answer to the matches shown at the submit step: they saw them, or theirs is
 * different and they say why (at least 10 characters).
 */
export const acknowledgementSchema = z
  .object({
    kind: z.enum(["seen", "different"], { error: "errors.ackRequired" }),
    note: z.string().trim().max(ACK_NOTE_MAX, "errors.ackNoteTooLong").default(""),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "different" && v.note.length < 10) ctx.addIssue({ code: "custom", path: ["note"], message: "errors.ackReasonRequired" });
  });
export type AcknowledgementInput = z.output<typeof acknowledgementSchema>;

export const transitionSchema = z.object({
  id: z.uuid("errors.notFound"),
  version: z.number().int().min(1),
  action: z
    .enum(TRANSITION_ACTIONS as [string, ...string[]], { error: "errors.invalid" })
    .transform((a) => a as (typeof TRANSITION_ACTIONS)[number]),
  note: z.string().trim().max(2000, "errors.tooLong").default(""),
  /** With "submit" when the program matches others: the officer's answer (see acknowledgementSchema). */
  acknowledgement: acknowledgementSchema.optional(),
});
export type TransitionInput = z.output<typeof transitionSchema>;

export const acknowledgementsSchema = z.object({ programId: z.uuid("errors.notFound") });

export const programHistorySchema = z.object({ programId: z.uuid("errors.notFound") });
export const versionDiffSchema = z.object({
  programId: z.uuid("errors.notFound"),
  from: z.number().int().min(1),
  to: z.number().int().min(1),
});
