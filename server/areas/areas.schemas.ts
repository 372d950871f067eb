import { z } from "zod";
import { searchTextSchema } from "@/server/validation/search-text";
import { areaCodeSchema } from "@/server/programs/programs.schemas";

/** `ID` (national) or an area code at any level. */
export const jurisdictionSchema = z
  .string()
  .trim()
  .regex(/^(ID|\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?)$/, "errors.jurisdiction");

export const childAreasSchema = z.object({ parent: jurisdictionSchema });
export const searchAreasSchema = z.object({
  q: searchTextSchema(100),
  within: jurisdictionSchema.optional(),
});
export const describeAreasSchema = z.object({ codes: z.array(areaCodeSchema).max(200) });
