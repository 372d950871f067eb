import { describe, expect, it } from "vitest";
import { isCommonPassword, passwordProblem } from "./password-policy";

const EMAIL = "siti.rahma@dinsos.example";

describe("passwordProblem (V7, ASVS 5.0 §6.2)", () => {
  it.each([
    ["Kaltim-Demo-2026", "the demo password"],
    ["correct horse battery", "a passphrase with spaces"],
    ["kebun sawit di berau", "lower case only: no composition rules"],
    ["🌴🌴🌴🌴🌴🌴🌴🌴🌴🌴🌴🐒", "twelve emoji"],
    ["x".repeat(127) + "y", "128 characters"],
  ])("accepts %j (%s)", (password) => {
    expect(passwordProblem(password, EMAIL)).toBeNull();
  });

  it.each([
    ["aaaaaaaaaa", "errors.passwordLength"],
    ["password12", "errors.passwordLength"],
    ["          ", "errors.passwordLength"],
    ["Sebelas-kar", "errors.passwordLength"],
    ["🌴".repeat(11), "errors.passwordLength"],
    ["x".repeat(129), "errors.passwordLength"],
    ["            ", "errors.passwordTrivial"],
    ["\t\t\t\t\t\t\t\t\t\t\t\t\t\t", "errors.passwordTrivial"],
    ["aaaaaaaaaaaa", "errors.passwordTrivial"],
    ["abcabcabcabc", "errors.passwordTrivial"],
    ["passwordpassword", "errors.passwordTrivial"],
    ["1q2w3e4r5t6y", "errors.passwordCommon"],
    ["qwerty123456", "errors.passwordCommon"],
    ["password123456", "errors.passwordCommon"],
    ["!!Monkey2026!!", "errors.passwordCommon"],
    ["ILOVEYOU2026!!", "errors.passwordCommon"],
    ["siti.rahma@dinsos.example", "errors.passwordContainsEmail"],
    ["Rahasia-SITI.RAHMA-99", "errors.passwordContainsEmail"],
  ])("refuses %j with %s", (password, key) => {
    expect(passwordProblem(password, EMAIL)).toBe(key);
  });

  it("counts code points, not UTF-16 units: eleven emoji are eleven characters", () => {
    expect("🌴".repeat(6).length).toBe(12);
    expect(passwordProblem("🌴🐒".repeat(3), EMAIL)).toBe("errors.passwordLength");
  });

  it("ignores an e-mail name part too short to mean anything", () => {
    expect(passwordProblem("kebun-sawit-berau", "ab@x.id")).toBeNull();
  });

  it("ships the common-password list as data", () => {
    expect(isCommonPassword("password")).toBe(true);
    expect(isCommonPassword("Kaltim-Demo-2026")).toBe(false);
  });
});
