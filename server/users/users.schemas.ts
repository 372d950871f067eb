import { z } from "zod";
import { searchTextSchema } from "@/server/validation/search-text";
import { ROLES } from "@/lib/enums";
import { jurisdictionSchema } from "@/server/areas/areas.schemas";

export { ROLES };
export type { Role } from "@/lib/enums";

/** Length counts code points (an emoji is one character), per ASVS 5.0 §6.2.1 and §6.2.9. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * The checks that need no word list, so forms can run them before sending: the length, and
 * not all spaces or one character or chunk repeated (`aaaaaaaaaaaa`, `abcabcabcabc`). The
 * server adds the common-password list (`server/auth/password-policy.ts`).
 */
export function passwordShapeProblem(password: string): "errors.passwordLength" | "errors.passwordTrivial" | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH) return "errors.passwordLength";
  if (!password.trim() || /^([\s\S]+?)\1+$/u.test(password)) return "errors.passwordTrivial";
  return null;
}

/** The e-mail address or its name part (3 characters or more) inside the password. */
export function passwordContainsEmail(password: string, email: string): boolean {
  const text = password.normalize("NFKC").toLowerCase();
  const address = email.trim().toLowerCase();
  const local = address.split("@")[0] ?? "";
  return (address !== "" && text.includes(address)) || (local.length >= 3 && text.includes(local));
}

export const passwordSchema = z
  .string()
  .max(4 * PASSWORD_MAX_LENGTH, "errors.passwordLength")
  .superRefine((password, ctx) => {
    const problem = passwordShapeProblem(password);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

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
  .superRefine((v, ctx) => {
    checkScope(v, ctx);
    if (passwordContainsEmail(v.password, v.email)) {
      ctx.addIssue({ code: "custom", path: ["password"], message: "errors.passwordContainsEmail" });
    }
  });
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
export const requirePasswordChangeSchema = z.object({ id: z.uuid() });

/** A user replacing their own password: the current one proves it is them (ASVS 6.2.3). */
export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z
      .string()
      .min(1, "errors.required")
      .max(4 * PASSWORD_MAX_LENGTH),
    newPassword: passwordSchema,
    confirmPassword: z.string().max(4 * PASSWORD_MAX_LENGTH),
  })
  .superRefine((v, ctx) => {
    if (v.confirmPassword !== v.newPassword)
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "errors.passwordMismatch" });
    if (v.newPassword === v.currentPassword) ctx.addIssue({ code: "custom", path: ["newPassword"], message: "errors.passwordUnchanged" });
  });
export type ChangeOwnPasswordInput = z.output<typeof changeOwnPasswordSchema>;

export const setUserActiveSchema = z.object({ id: z.uuid(), isActive: z.boolean() });
export const listUsersSchema = z.object({ q: searchTextSchema(100).optional(), role: z.enum(ROLES).optional() });

export const signInSchema = z.object({
  email: z.email("errors.email").trim().toLowerCase(),
  password: z
    .string()
    .min(1, "errors.required")
    .max(4 * PASSWORD_MAX_LENGTH),
});
export type SignInInput = z.output<typeof signInSchema>;
