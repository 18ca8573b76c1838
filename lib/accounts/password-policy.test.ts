import { describe, expect, it } from "vitest";
import { commonPasswords, passwordProblems, ZNewPassword, ZEmail } from "./password-policy";

describe("[ACCOUNTS] password policy", () => {
  it("ships a list of at least 1,000 common passwords", () => {
    const list = commonPasswords();
    expect(list.size).toBeGreaterThanOrEqual(1000);
    for (const word of ["password123", "qwertyuiop", "1234567890", "iloveyou"]) expect(list.has(word)).toBe(true);
  });

  it("accepts a long, uncommon password", () => {
    expect(passwordProblems("violet-harbour-lantern-42", "ada@example.com")).toEqual([]);
  });

  it("refuses a password under 10 characters", () => {
    expect(passwordProblems("k7#Tq9!z")).toContain("Use at least 10 characters");
  });

  it("refuses a password over 200 characters", () => {
    expect(passwordProblems("x".repeat(150) + "y".repeat(51))).toContain("Use at most 200 characters");
  });

  it("refuses the email address or its local part, whatever the case", () => {
    expect(passwordProblems("Ada.Lovelace@Example.com", "ada.lovelace@example.com")).toContain("Don't use your email address as your password");
    expect(passwordProblems("ada.lovelace", "ada.lovelace@example.com")).toContain("Don't use your email address as your password");
  });

  it("refuses common passwords, also capitalised or with digits and symbols tacked on", () => {
    const common = "This password is too common: choose one that is harder to guess";
    for (const password of ["password123", "QWERTYUIOP", "1234567890", "sunshine2024!", "Football1234", "aaaaaaaaaaaa"]) {
      expect(passwordProblems(password), password).toContain(common);
    }
  });

  it("ZNewPassword reports every problem as an issue", () => {
    const result = ZNewPassword.safeParse("qwerty");
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      "Use at least 10 characters",
      "This password is too common: choose one that is harder to guess",
    ]);
    expect(ZNewPassword.safeParse("violet-harbour-lantern-42").success).toBe(true);
  });

  it("ZEmail trims and lower-cases, and refuses malformed addresses", () => {
    expect(ZEmail.parse("  Ada@Example.COM ")).toBe("ada@example.com");
    for (const bad of ["ada", "ada@", "@example.com", "ada@@example.com", "ada example@x.com"]) expect(ZEmail.safeParse(bad).success, bad).toBe(false);
  });
});
