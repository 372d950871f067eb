import { z } from "zod";
import { MAX_BENEFICIARIES, MAX_BUDGET_IDR } from "@/server/programs/programs.schemas";

/** The figures a company reports; one schema for the form and the procedure. */
export const realizationFieldsSchema = z.object({
  reachedBeneficiaries: z
    .number({ error: "errors.number" })
    .int("errors.wholeNumber")
    .min(0, "errors.notNegative")
    .max(MAX_BENEFICIARIES, "errors.beneficiariesTooLarge"),
  realizedBudgetIdr: z
    .number({ error: "errors.number" })
    .int("errors.wholeRupiah")
    .min(0, "errors.notNegative")
    .max(MAX_BUDGET_IDR, "errors.budgetTooLarge"),
  /** What the figures rest on (a distribution list, a receipt); kept in the audit log. */
  note: z.string().trim().max(1000, "errors.tooLong").default(""),
});

export const reportRealizationSchema = realizationFieldsSchema.extend({
  id: z.uuid("errors.notFound"),
  version: z.number().int().min(1),
});
export type ReportRealizationInput = z.output<typeof reportRealizationSchema>;
export type ReportRealizationValues = z.input<typeof reportRealizationSchema>;
