import { z } from "zod";
import { ROLES } from "@/lib/enums";
import { jurisdictionSchema } from "@/server/areas/areas.schemas";

export { ROLES };
export type { Role } from "@/lib/enums";

export const passwordSchema = z.string().min(10, "errors.passwordLength").max(200, "errors.passwordLength");

const scope = z.object({
  role: z.enum(ROLES, { error: "errors.role" }),
  companyId: z.uuid("errors.companyRequired").nullable().optional(),
  jurisdiction: jurisdictionSchema.nullable().optional(),
});

/** Officers belong to one company; everyone else works within a jurisdiction. */
function checkScope(v: z.infer<typeof scope>, ctx: z.RefinementCtx) {
  if (v.role === "officer" && !v.companyId) ctx.addIssue({ code: "custom", path: ["companyId"], message: "errors.companyRequired" });
  if (v.role !== "officer" && !v.jurisdiction)
    ctx.addIssue({ code: "custom", path: ["jurisdiction"], message: "errors.jurisdictionRequired" });
}

export const createUserSchema = scope
  .extend({
    email: z.email("errors.email").trim().toLowerCase().max(200),
    name: z.string().trim().min(2, "errors.personNameLength").max(200, "errors.personNameLength"),
    password: passwordSchema,
  })
  .superRefine(checkScope);
export type CreateUserInput = z.output<typeof createUserSchema>;

export const updateUserSchema = scope
  .extend({
    id: z.uuid(),
    version: z.number().int().min(1),
    name: z.string().trim().min(2, "errors.personNameLength").max(200, "errors.personNameLength"),
  })
  .superRefine(checkScope);
export type UpdateUserInput = z.output<typeof updateUserSchema>;

export const resetPasswordSchema = z.object({ id: z.uuid(), password: passwordSchema });
export const setUserActiveSchema = z.object({ id: z.uuid(), isActive: z.boolean() });
export const listUsersSchema = z.object({ q: z.string().trim().max(100).optional(), role: z.enum(ROLES).optional() });

export const signInSchema = z.object({
  email: z.email("errors.email").trim().toLowerCase(),
  password: z.string().min(1, "errors.required").max(200),
});
export type SignInInput = z.output<typeof signInSchema>;
