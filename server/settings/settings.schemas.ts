import { z } from "zod";

export const setHomeProvinceSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{2}$/, "errors.province"),
});
