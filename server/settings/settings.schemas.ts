import { z } from "zod";

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

/** The office's name on the PDF brief's letterhead: one line, as the office writes it. */
export const setOfficeNameSchema = z.object({
  name: z.string().trim().min(3, "errors.officeName").max(120, "errors.officeName"),
});
export type SetOfficeNameInput = z.output<typeof setOfficeNameSchema>;
