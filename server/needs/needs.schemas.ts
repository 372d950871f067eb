import { z } from "zod";
import { searchTextSchema } from "@/server/validation/search-text";
import { NEED_SOURCES, NEED_STATUSES } from "@/lib/enums";
import { MAX_BUDGET_IDR, SECTORS, TARGET_GROUPS, areaCodeSchema } from "@/server/programs/programs.schemas";

export { NEED_SOURCES, NEED_STATUSES };
export type { NeedSource, NeedStatus } from "@/lib/enums";

/** A priority need as a reviewer writes it; one schema for the form and the procedure. */
export const needFieldsSchema = z.object({
  areaCode: areaCodeSchema,
  sector: z.enum(SECTORS, { error: "errors.sector" }),
  targetGroup: z.enum(TARGET_GROUPS, { error: "errors.targetGroup" }),
  title: z.string().trim().min(5, "errors.titleLength").max(200, "errors.titleLength"),
  description: z.string().trim().min(20, "errors.descriptionLength").max(5000, "errors.descriptionLength"),
  estimatedBudgetIdr: z
    .number({ error: "errors.number" })
    .int("errors.wholeRupiah")
    .min(0, "errors.notNegative")
    .max(MAX_BUDGET_IDR, "errors.budgetTooLarge"),
  source: z.enum(NEED_SOURCES, { error: "errors.needSource" }),
  sourceNote: z
    .string()
    .trim()
    .max(500, "errors.tooLong")
    .nullish()
    .transform((v) => (v ? v : null)),
  allowCofunding: z.boolean().default(false),
});

export const createNeedSchema = needFieldsSchema;
export type CreateNeedInput = z.output<typeof createNeedSchema>;
export type NeedFormValues = z.input<typeof createNeedSchema>;

const versioned = { id: z.uuid("errors.notFound"), version: z.number().int().min(1) };

export const updateNeedSchema = needFieldsSchema.extend(versioned);
export type UpdateNeedInput = z.output<typeof updateNeedSchema>;

export const closeNeedSchema = z.object(versioned);
export type CloseNeedInput = z.output<typeof closeNeedSchema>;

export const needIdSchema = z.object({ id: z.uuid("errors.notFound") });

/** The program an adoption points to; null for none (it can be set later). */
const linkedProgram = z
  .uuid("errors.programNotLinkable")
  .nullish()
  .transform((v) => v ?? null);

export const adoptNeedSchema = z.object({ needId: z.uuid("errors.notFound"), programId: linkedProgram });
export type AdoptNeedInput = z.output<typeof adoptNeedSchema>;

export const linkAdoptionSchema = z.object({ needId: z.uuid("errors.notFound"), programId: linkedProgram });
export type LinkAdoptionInput = z.output<typeof linkAdoptionSchema>;

export const NEED_LIST_STATUSES = ["open", "closed", "all"] as const;

export const listNeedsSchema = z.object({
  /** One need (a notification's link); the other filters still apply. */
  id: z.uuid().optional(),
  q: searchTextSchema(200).optional(),
  sector: z.enum(SECTORS).optional(),
  /** Needs sharing ground with this area (a regency, usually). */
  area: areaCodeSchema.optional(),
  /** Staff only; officers always see open needs (and those their company adopted, with `mine`). */
  status: z.enum(NEED_LIST_STATUSES).default("open"),
  /** Officers only: the needs their company adopted. */
  mine: z.boolean().optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});
export type ListNeedsInput = z.input<typeof listNeedsSchema>;
export type ListNeedsQuery = z.output<typeof listNeedsSchema>;

export const needGapsSchema = z.object({
  limit: z.number().int().min(1).max(200).default(50),
});

export const needsForProgramSchema = z.object({ programId: z.uuid("errors.notFound") });
