import { z } from "zod";
import { TARGET_GROUPS } from "@/lib/enums";
import { normaliseTargetTerm } from "@/lib/target-groups/normalise";

/** A synonym as an admin types it; kept normalised, so "Ibu-ibu PKK" and "ibu ibu pkk" are one term. */
const targetTermSchema = z
  .string({ error: "errors.targetTermInvalid" })
  .trim()
  .max(120, "errors.targetTermInvalid")
  .transform((s) => normaliseTargetTerm(s))
  .refine((s) => s.length >= 2 && s.length <= 80 && /[a-z]/.test(s), "errors.targetTermInvalid");

export const addTargetTermSchema = z.object({
  term: targetTermSchema,
  category: z.enum(TARGET_GROUPS, { error: "errors.targetGroup" }),
});
export type AddTargetTermInput = z.output<typeof addTargetTermSchema>;

export const removeTargetTermSchema = z.object({ term: targetTermSchema });
export type RemoveTargetTermInput = z.output<typeof removeTargetTermSchema>;
