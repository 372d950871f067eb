import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";
import { passwordContainsEmail, passwordShapeProblem } from "@/server/users/users.schemas";

/**
 * The common-password list of zxcvbn-ts (`@zxcvbn-ts/language-common`, MIT licence, © Dan Wheeler,
 * Dropbox, Inc. and the zxcvbn-ts authors): about 49,000 passwords seen most often in breaches.
 */
let common: Set<string> | null = null;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"].map((p) => p.normalize("NFKC").toLowerCase()));
  return common;
}

/** A listed password with digits or symbols around it (`password123456`, `!!monkey2026`) is as weak as the word. */
export function isCommonPassword(password: string): boolean {
  const plain = password.normalize("NFKC").toLowerCase().trim();
  const core = plain.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  const list = commonPasswords();
  return list.has(plain) || (core.length >= 4 && list.has(core));
}

export type PasswordProblem = "errors.passwordLength" | "errors.passwordTrivial" | "errors.passwordCommon" | "errors.passwordContainsEmail";

/**
 * ASVS 5.0 §6.2: at least 12 characters (counted as code points) and at most 128, no composition
 * rules, not a common or breached password, not the user's e-mail, not a single repeated
 * character or pattern. Returns the catalog key of the first problem, or null.
 */
export function passwordProblem(password: string, email: string): PasswordProblem | null {
  const shape = passwordShapeProblem(password);
  if (shape) return shape;
  if (isCommonPassword(password)) return "errors.passwordCommon";
  if (passwordContainsEmail(password, email)) return "errors.passwordContainsEmail";
  return null;
}
