import { z } from "zod";
import { INDICATOR_MEASURES } from "@/lib/enums";
import { startImportSchema } from "@/server/imports/imports.schemas";
import { areaCodeSchema } from "@/server/programs/programs.schemas";

export { INDICATOR_MEASURES };
export { INDICATOR_FIELDS, indicatorTemplateHeader, type IndicatorField } from "./indicators.columns";
export type { IndicatorMeasure } from "@/lib/enums";

/** An uploaded CSV or XLSX file, sent as base64: the same envelope as the program import. */
export const importIndicatorsSchema = startImportSchema;
export type ImportIndicatorsInput = z.output<typeof importIndicatorsSchema>;

export const listIndicatorsSchema = z.object({
  measure: z.enum(INDICATOR_MEASURES).optional(),
  year: z.number().int().min(1990).max(2100).optional(),
  /** Only figures of this area and the areas inside it (always within the viewer's jurisdiction). */
  areaWithin: areaCodeSchema.optional(),
});
export type ListIndicatorsInput = z.output<typeof listIndicatorsSchema>;

/** How many row errors one answer carries; the count says how many there are in all. */
export const MAX_INDICATOR_ERRORS_SHOWN = 500;
