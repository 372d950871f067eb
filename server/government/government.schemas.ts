import { z } from "zod";
import { GOVERNMENT_FUNDINGS, SECTORS } from "@/lib/enums";
import { agencyKeyOf } from "@/lib/government/agency-key";
import { areaCodeSchema, programFieldsSchema } from "@/server/programs/programs.schemas";
import { searchTextSchema } from "@/server/validation/search-text";
import { startImportSchema } from "@/server/imports/imports.schemas";

export { GOVERNMENT_FUNDINGS };
export type { GovernmentFunding } from "@/lib/enums";

const f = programFieldsSchema.shape;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "errors.tooLong")
    .nullish()
    .transform((v) => (v ? v.replace(/\s+/g, " ") : null));

export { agencyKeyOf };

/**
 * A government activity as staff enter it (form or import): the programs columns the matcher
 * reads, and the details of government_activities. Reference data: there is no review status.
 */
export const governmentActivityFieldsSchema = z.object({
  /** The activity's code, unique within its agency (the DPA/SIPD code, or one the agency chooses). */
  ref: z
    .string()
    .trim()
    .min(1, "errors.governmentRefMissing")
    .max(60, "errors.refLength")
    .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, "errors.refFormat"),
  agency: z
    .string()
    .trim()
    .min(3, "errors.governmentAgencyLength")
    .max(200, "errors.governmentAgencyLength")
    .transform((v) => v.replace(/\s+/g, " ")),
  funding: z.enum(GOVERNMENT_FUNDINGS, { error: "errors.governmentFunding" }),
  title: f.title,
  /** Blank: made from the nomenclature names and the title. */
  description: z.string().trim().max(5000, "errors.descriptionLength").default(""),
  sector: f.sector,
  targetGroup: f.targetGroup,
  targetGroupText: f.targetGroupText,
  areaCodes: f.areaCodes,
  startDate: f.startDate,
  endDate: f.endDate,
  budgetIdr: f.budgetIdr,
  /** Recipients or units (PKH/BPNT/PIP recipient counts, houses repaired). */
  plannedBeneficiaries: f.plannedBeneficiaries,
  programCode: optionalText(60),
  programName: optionalText(300),
  kegiatanCode: optionalText(60),
  kegiatanName: optionalText(300),
  subKegiatanCode: optionalText(60),
  subKegiatanName: optionalText(300),
  sourceName: z.string().trim().min(2, "errors.governmentSourceMissing").max(300, "errors.tooLong"),
  sourceDate: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "errors.date")
    .nullish()
    .transform((v) => v ?? null),
  isDemo: z.boolean().default(false),
});

const checkPeriod = <T extends { startDate: string; endDate: string }>(v: T, ctx: z.RefinementCtx) => {
  if (v.endDate < v.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: "errors.dateOrder" });
};

export const createActivitySchema = governmentActivityFieldsSchema.superRefine(checkPeriod);
export type CreateActivityInput = z.output<typeof createActivitySchema>;
export type CreateActivityValues = z.input<typeof createActivitySchema>;

export const updateActivitySchema = governmentActivityFieldsSchema
  .extend({ id: z.uuid("errors.notFound"), version: z.number().int().min(1) })
  .superRefine(checkPeriod);
export type UpdateActivityInput = z.output<typeof updateActivitySchema>;
export type UpdateActivityValues = z.input<typeof updateActivitySchema>;

export const deleteActivitySchema = z.object({ id: z.uuid("errors.notFound"), version: z.number().int().min(1) });
export type DeleteActivityInput = z.output<typeof deleteActivitySchema>;
export type DeleteActivityValues = z.input<typeof deleteActivitySchema>;

export const listActivitiesSchema = z.object({
  q: searchTextSchema(200).optional(),
  /** Activities that touch this area: inside it, or registered for an area containing it. */
  area: areaCodeSchema.optional(),
  /** An officer's list: only activities in the places of their company's programs (ignored for other roles). */
  mine: z.boolean().optional(),
  funding: z.enum(GOVERNMENT_FUNDINGS).optional(),
  sector: z.enum(SECTORS).optional(),
  year: z.number().int().min(2000).max(2100).optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});
export type ListActivitiesInput = z.input<typeof listActivitiesSchema>;

export const activityIdSchema = z.object({ id: z.uuid("errors.notFound") });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "errors.date");

/**
 * What the program form has so far, for "program pemerintah di lokasi yang sama": the places,
 * and when known the period, sector and words that rank the activities.
 */
export const nearbyActivitiesSchema = z.object({
  areaCodes: z.array(areaCodeSchema).min(1).max(100),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  sector: z.enum(SECTORS).optional(),
  title: z.string().trim().max(200).default(""),
  description: z.string().trim().max(5000).default(""),
  limit: z.number().int().min(1).max(20).default(5),
});
export type NearbyActivitiesInput = z.input<typeof nearbyActivitiesSchema>;

/** An uploaded CSV/XLSX of government activities; `skipInvalid` saves the valid rows and reports the rest. */
export const importActivitiesSchema = startImportSchema.extend({ skipInvalid: z.boolean().default(false) });
export type ImportActivitiesInput = z.input<typeof importActivitiesSchema>;
