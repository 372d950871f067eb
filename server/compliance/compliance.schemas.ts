import { z } from "zod";

export const complianceReportSchema = z.object({
  year: z.number({ error: "errors.year" }).int("errors.year").min(2000, "errors.year").max(2100, "errors.year"),
});
export type ComplianceReportInput = z.output<typeof complianceReportSchema>;

/** A realization report is due this many days after a program's end date. */
export const REPORT_GRACE_DAYS = 30;
