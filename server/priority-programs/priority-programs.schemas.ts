import { z } from "zod";
import { jurisdictionSchema } from "@/server/areas/areas.schemas";

export const priorityProgramFieldsSchema = z.object({
  name: z.string().trim().min(3, "errors.priorityNameLength").max(200, "errors.priorityNameLength"),
  description: z
    .string()
    .trim()
    .max(2000, "errors.tooLong")
    .optional()
    .transform((v) => (v ? v : null)),
  jurisdiction: jurisdictionSchema,
});
export const createPriorityProgramSchema = priorityProgramFieldsSchema;
export type CreatePriorityProgramInput = z.output<typeof createPriorityProgramSchema>;
export const updatePriorityProgramSchema = priorityProgramFieldsSchema.extend({
  id: z.uuid(),
  version: z.number().int().min(1),
  isActive: z.boolean(),
});
export type UpdatePriorityProgramInput = z.output<typeof updatePriorityProgramSchema>;
export const listPriorityProgramsSchema = z.object({ includeInactive: z.boolean().optional() });
