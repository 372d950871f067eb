import { z } from "zod";
import { MAX_REPEAT_YEARS, MIN_REPEAT_YEARS } from "@/lib/overlaps/repeat-years";

export const setHomeProvinceSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{2}$/, "errors.province"),
});

export const setPublicPageSchema = z.object({ enabled: z.boolean({ error: "errors.invalid" }) });
export type SetPublicPageInput = z.output<typeof setPublicPageSchema>;

export const setRequireFiguresSchema = z.object({ enabled: z.boolean({ error: "errors.invalid" }) });
export type SetRequireFiguresInput = z.output<typeof setRequireFiguresSchema>;

/** Years between two programs that still make a repeat: a whole number from 1 to 10. */
export const setRepeatYearsSchema = z.object({
  years: z
    .number({ error: "errors.repeatYears" })
    .int("errors.repeatYears")
    .min(MIN_REPEAT_YEARS, "errors.repeatYears")
    .max(MAX_REPEAT_YEARS, "errors.repeatYears"),
});
export type SetRepeatYearsInput = z.output<typeof setRepeatYearsSchema>;
/** The office's name on the PDF brief's letterhead: one line, as the office writes it. */
export const setOfficeNameSchema = z.object({
  name: z.string().trim().min(3, "errors.officeName").max(120, "errors.officeName"),
});
export type SetOfficeNameInput = z.output<typeof setOfficeNameSchema>;
