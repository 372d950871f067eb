import { z } from "zod";
import { searchTextSchema } from "@/server/validation/search-text";
import { jurisdictionSchema } from "@/server/areas/areas.schemas";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "errors.tooLong")
    .optional()
    .transform((v) => (v ? v : null));

export const companyFieldsSchema = z.object({
  name: z.string().trim().min(2, "errors.companyNameLength").max(200, "errors.companyNameLength"),
  legalName: optionalText(300),
  businessSector: optionalText(100),
  contactName: optionalText(200),
  contactEmail: z
    .union([z.literal(""), z.email("errors.email")])
    .optional()
    .transform((v) => (v ? v.toLowerCase() : null)),
  contactPhone: optionalText(50),
  /** The forums (jurisdictions) the company is a member of. */
  jurisdictions: z.array(jurisdictionSchema).min(1, "errors.jurisdictionsRequired").max(50),
});

export const createCompanySchema = companyFieldsSchema;
export type CreateCompanyInput = z.output<typeof createCompanySchema>;
export const updateCompanySchema = companyFieldsSchema.extend({ id: z.uuid(), version: z.number().int().min(1) });
export type UpdateCompanyInput = z.output<typeof updateCompanySchema>;
export const listCompaniesSchema = z.object({ q: searchTextSchema(100).optional() });

/** The company picker: a search on the name and the ids already chosen, so a selected filter keeps its name. */
export const companyOptionsSchema = z
  .object({ q: searchTextSchema(100).optional(), ids: z.array(z.uuid()).max(20).optional() })
  .optional();
export type CompanyOptionsInput = z.infer<typeof companyOptionsSchema>;
export const companyIdSchema = z.object({ id: z.uuid("errors.notFound") });
