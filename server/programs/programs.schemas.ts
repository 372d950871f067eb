import { z } from "zod";
import { acknowledgementSchema } from "@/server/reviews/reviews.schemas";
import { searchTextSchema } from "@/server/validation/search-text";
import { CSR_PROGRAM_STATUSES, SECTORS, TARGET_GROUPS } from "@/lib/enums";

/**
 * The statuses programs are listed and filtered by: those of CSR programs. `reference` (government
 * activities, read through server/government) is not one of them, so no filter offers it.
 */
export const PROGRAM_STATUSES = CSR_PROGRAM_STATUSES;
export { SECTORS, TARGET_GROUPS };
export type { ProgramStatus, Sector, TargetGroup } from "@/lib/enums";

/** Kemendagri code at any level: `64`, `64.72`, `64.72.01`, `64.72.01.1001`. */
export const areaCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, "errors.areaCode");

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "errors.date")
  .refine((s) => {
    const d = new Date(s + "T00:00:00Z");
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "errors.date");

export const MAX_BUDGET_IDR = 1_000_000_000_000_000; // Rp 1.000 triliun: far above any CSR program, below 2^53.
export const MAX_BENEFICIARIES = 100_000_000;

/** The fields of a program as an officer fills them in; one schema for the form and the procedure. */
export const programFieldsSchema = z.object({
  ref: z
    .string()
    .trim()
    .max(40, "errors.refLength")
    .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$|^$/, "errors.refFormat")
    .optional()
    .transform((v) => (v ? v : undefined)),
  title: z.string().trim().min(5, "errors.titleLength").max(200, "errors.titleLength"),
  description: z.string().trim().min(20, "errors.descriptionLength").max(5000, "errors.descriptionLength"),
  sector: z.enum(SECTORS, { error: "errors.sector" }),
  /** The category of the 13; null when the words name none yet (a warning, never an error). */
  targetGroup: z.enum(TARGET_GROUPS, { error: "errors.targetGroup" }).nullable().default(null),
  /** The target group in the company's own words ("balita stunting"); blank is kept as null. */
  targetGroupText: z
    .string()
    .trim()
    .max(200, "errors.targetGroupTextLength")
    .nullish()
    .transform((v) => (v ? v.replace(/\s+/g, " ") : null)),
  /**
   * With no category: true when the person emptied the category suggested from the words on
   * purpose. Otherwise the server fills it in from the words (lib/target-groups/infer.ts).
   */
  targetGroupCleared: z.boolean().optional(),
  areaCodes: z
    .array(areaCodeSchema)
    .min(1, "errors.areasRequired")
    .max(100, "errors.areasTooMany")
    .transform((codes) => [...new Set(codes)]),
  startDate: isoDate,
  endDate: isoDate,
  /** Null while not known yet ("belum diisi"): never 0, which would enter every sum. */
  budgetIdr: z
    .number({ error: "errors.number" })
    .int("errors.wholeRupiah")
    .min(0, "errors.notNegative")
    .max(MAX_BUDGET_IDR, "errors.budgetTooLarge")
    .nullable()
    .default(null),
  plannedBeneficiaries: z
    .number({ error: "errors.number" })
    .int("errors.wholeNumber")
    .min(1, "errors.beneficiariesMin")
    .max(MAX_BENEFICIARIES, "errors.beneficiariesTooLarge")
    .nullable()
    .default(null),
  priorityProgramId: z.uuid("errors.invalid").nullable().optional(),
  /** The government activity this program complements (programs.supports_activity_id); null for none. */
  supportsActivityId: z.uuid("errors.supportsActivityUnknown").nullable().optional(),
});

const checkPeriod = <T extends { startDate: string; endDate: string }>(v: T, ctx: z.RefinementCtx) => {
  if (v.endDate < v.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: "errors.dateOrder" });
};
/** Who the program is for must be said, in words or as a category. */
const checkTargetGroup = <T extends { targetGroup: unknown; targetGroupText: string | null }>(v: T, ctx: z.RefinementCtx) => {
  if (v.targetGroup == null && !v.targetGroupText)
    ctx.addIssue({ code: "custom", path: ["targetGroupText"], message: "errors.targetGroupRequired" });
};
/** Check the period even when other fields are wrong, so the form shows every problem at once. */
const whenDatesValid = {
  when: (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) =>
    !payload.issues.some((i) => i.path?.[0] === "startDate" || i.path?.[0] === "endDate"),
};

export const createProgramSchema = programFieldsSchema.superRefine(checkPeriod, whenDatesValid).superRefine(checkTargetGroup);
export type CreateProgramInput = z.output<typeof createProgramSchema>;
export type CreateProgramValues = z.input<typeof createProgramSchema>;

export const updateProgramSchema = programFieldsSchema
  .extend({ id: z.uuid("errors.invalid"), version: z.number().int().min(1) })
  .superRefine(checkPeriod, whenDatesValid)
  .superRefine(checkTargetGroup);
export type UpdateProgramInput = z.output<typeof updateProgramSchema>;

export const programIdSchema = z.object({ id: z.uuid("errors.notFound") });

export const submitProgramSchema = z.object({
  id: z.uuid("errors.notFound"),
  version: z.number().int().min(1),
  acknowledgement: acknowledgementSchema.optional(),
});

export const PAGE_SIZES = [10, 20, 50, 100] as const;

export const listProgramsSchema = z.object({
  q: searchTextSchema(200).optional(),
  sector: z.enum(SECTORS).optional(),
  status: z.enum(PROGRAM_STATUSES).optional(),
  /** Programs that touch this area (a regency, usually). */
  area: areaCodeSchema.optional(),
  companyId: z.uuid().optional(),
  year: z.number().int().min(2000).max(2100).optional(),
  /** With `area`: only programs registered for that area as a whole (an area equal to or containing it), none of its parts. */
  whole: z.boolean().optional(),
  /** Officers only: restrict to their own company. */
  mine: z.boolean().optional(),
  /** recent: last changed first (the list); waiting: longest waiting submission first (the review queue). */
  sort: z.enum(["recent", "waiting"]).default("recent"),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});
export type ListProgramsInput = z.input<typeof listProgramsSchema>;

type SearchValue = string | string[] | undefined;

/**
 * The list's filters as they appear in a URL (`?sector=health&area=64.08&year=2026`): the valid
 * ones, and the names of the parameters the schema refused. Pages drop the refused ones (a
 * hand-edited link still shows a list); downloads refuse the request (`invalid` non-empty → 400).
 */
export function parseListSearch(sp: Record<string, SearchValue>): { input: ListProgramsInput; invalid: string[] } {
  const one = (v: SearchValue) => (Array.isArray(v) ? v[0] : v) || undefined;
  const raw = {
    q: one(sp.q),
    sector: one(sp.sector),
    status: one(sp.status),
    area: one(sp.area),
    companyId: one(sp.company),
    year: one(sp.year) ? Number(one(sp.year)) : undefined,
    whole: (one(sp.whole) === "1" && one(sp.area) !== undefined) || undefined,
    mine: one(sp.mine) === "1" || undefined,
    page: one(sp.page) ? Number(one(sp.page)) : undefined,
  };
  const present = Object.entries(raw).filter(([, v]) => v !== undefined);
  const isValid = ([k, v]: [string, unknown]) => listProgramsSchema.shape[k as keyof typeof raw].safeParse(v).success;
  return {
    input: Object.fromEntries(present.filter(isValid)) as ListProgramsInput,
    invalid: present.filter((e) => !isValid(e)).map(([k]) => k),
  };
}

/** The list's filters from a URL, read leniently: anything invalid is dropped. */
export function listInputFromSearch(sp: Record<string, SearchValue>): ListProgramsInput {
  return parseListSearch(sp).input;
}
