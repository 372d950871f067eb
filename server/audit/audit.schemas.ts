import { z } from "zod";
import { searchTextSchema } from "@/server/validation/search-text";

export const AUDIT_PAGE_SIZE = 50;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "errors.date")
  .refine((s) => {
    const d = new Date(s + "T00:00:00Z");
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "errors.date");

/** Filters of the audit log page; `from` and `to` are calendar days in the admin's time zone, both included. */
export const searchAuditSchema = z
  .object({
    q: searchTextSchema(100).optional(),
    action: z
      .string()
      .trim()
      .max(60, "errors.tooLong")
      .regex(/^[A-Za-z0-9_.-]*$/, "errors.invalid")
      .optional(),
    actorEmail: z.string().trim().max(200, "errors.tooLong").optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    page: z.number().int().min(1).max(10_000).default(1),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.to < v.from) ctx.addIssue({ code: "custom", path: ["to"], message: "errors.dateOrder" });
  });
export type SearchAuditInput = z.output<typeof searchAuditSchema>;
