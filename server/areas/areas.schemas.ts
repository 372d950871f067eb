import { z } from "zod";
import { areaCodeSchema } from "@/server/programs/programs.schemas";

export const jurisdictionSchema = z.union([z.literal("ID"), areaCodeSchema], { error: "errors.jurisdiction" });

export const childAreasSchema = z.object({ parent: jurisdictionSchema });
export const searchAreasSchema = z.object({
  q: z.string().trim().max(100),
  within: jurisdictionSchema.optional(),
});
export const describeAreasSchema = z.object({ codes: z.array(areaCodeSchema).max(200) });
