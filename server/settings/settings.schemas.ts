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
