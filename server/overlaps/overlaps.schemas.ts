import { z } from "zod";
import { OVERLAP_KINDS, RESOLUTIONS } from "@/lib/enums";
import { areaCodeSchema, SECTORS } from "@/server/programs/programs.schemas";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** What the program form has so far; the live check runs once sector, places and dates are there. */
export const liveCheckSchema = z.object({
  excludeId: z.uuid().optional(),
  title: z.string().trim().max(200),
  description: z.string().trim().max(5000).default(""),
  sector: z.enum(SECTORS),
  targetGroup: z.string().max(40).default(""),
  targetGroupText: z.string().trim().max(200).nullish(),
  areaCodes: z.array(areaCodeSchema).min(1).max(100),
  startDate: isoDate,
  endDate: isoDate,
  budgetIdr: z.number().int().min(0).optional(),
  plannedBeneficiaries: z.number().int().min(0).optional(),
  /** The government activity the program says it supports (complements), when chosen. */
  supportsActivityId: z.uuid().nullish(),
});
export type LiveCheckInput = z.output<typeof liveCheckSchema>;

export const FLAG_FILTERS = ["open", "resolved", "all"] as const;
export const listFlagsSchema = z.object({
  status: z.enum(FLAG_FILTERS).default("open"),
  kind: z.enum(OVERLAP_KINDS).optional(),
  /** The queue's tabs: conflicts (duplicates and overlaps) or repeats (history); all when absent, repeats last. */
  tab: z.enum(["conflicts", "repeats", "shared"]).optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});
export type ListFlagsInput = z.output<typeof listFlagsSchema>;

export const flagIdSchema = z.object({ id: z.uuid("errors.notFound") });
export const clusterIdSchema = z.object({ id: z.uuid("errors.notFound") });

export const resolveFlagSchema = z
  .object({
    id: z.uuid(),
    version: z.number().int().min(1),
    resolution: z.enum(RESOLUTIONS, { error: "errors.resolution" }),
    note: z.string().trim().max(2000, "errors.tooLong").default(""),
    /** For a duplicate: the program to withdraw. */
    withdrawProgramId: z.uuid("errors.withdrawChoice").optional(),
  })
  .superRefine((v, ctx) => {
    if (v.resolution === "distinct" && v.note.length < 5)
      ctx.addIssue({ code: "custom", path: ["note"], message: "errors.reasonRequired" });
    if (v.resolution === "duplicate" && !v.withdrawProgramId)
      ctx.addIssue({ code: "custom", path: ["withdrawProgramId"], message: "errors.withdrawChoice" });
  });
export type ResolveFlagInput = z.output<typeof resolveFlagSchema>;

/** Deciding a cluster once: distinct or collaboration for every pair, or duplicates of one kept program. */
export const resolveClusterSchema = z
  .object({
    id: z.uuid(),
    version: z.number().int().min(1),
    resolution: z.enum(["distinct", "collaboration", "duplicate"], { error: "errors.resolution" }),
    note: z.string().trim().max(2000, "errors.tooLong").default(""),
    /** For a duplicate: the program kept; every other member is withdrawn. */
    keepProgramId: z.uuid("errors.keepChoice").optional(),
  })
  .superRefine((v, ctx) => {
    if (v.resolution === "distinct" && v.note.length < 5)
      ctx.addIssue({ code: "custom", path: ["note"], message: "errors.reasonRequired" });
    if (v.resolution === "duplicate" && !v.keepProgramId)
      ctx.addIssue({ code: "custom", path: ["keepProgramId"], message: "errors.keepChoice" });
  });
export type ResolveClusterInput = z.output<typeof resolveClusterSchema>;

export const programFlagsSchema = z.object({ programId: z.uuid("errors.notFound") });

export const createThesaurusEntrySchema = z.object({
  term: z.string().trim().min(2, "errors.termLength").max(80, "errors.termLength"),
  concept: z
    .string()
    .trim()
    .min(2, "errors.conceptLength")
    .max(40, "errors.conceptLength")
    .regex(/^[\p{L}\p{N} ]+$/u, "errors.conceptFormat"),
});
export type CreateThesaurusEntryInput = z.output<typeof createThesaurusEntrySchema>;
export const setThesaurusEntryActiveSchema = z.object({ id: z.number().int().min(1), isActive: z.boolean() });
