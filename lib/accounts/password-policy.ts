// The password policy: at least 10 characters, not the email address, not a common password.
// The common list (common-passwords.txt, shipped with the app) is matched case-insensitively, and
// also after dropping trailing digits and symbols: "monkey2024!" is as guessable as "monkey".
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

let common: Set<string> | undefined;

/** The shipped list of common passwords, lower-cased. Read once per process. */
export function commonPasswords(): Set<string> {
  if (!common) {
    // turbopackIgnore: read at run time from the app's own files, not bundled.
    const file = path.join(/* turbopackIgnore: true */ process.cwd(), "lib", "accounts", "common-passwords.txt");
    const lines = readFileSync(file, "utf8").split(/\r?\n/);
    common = new Set(lines.filter((line) => line && !line.startsWith("#")).map((line) => line.trim().toLowerCase()));
  }
  return common;
}

function isCommon(password: string): boolean {
  const lower = password.toLowerCase();
  const list = commonPasswords();
  if (list.has(lower)) return true;
  const stem = lower.replace(/[\d\W_]+$/u, "");
  if (stem.length >= 4 && stem !== lower && list.has(stem)) return true;
  // One character over and over ("aaaaaaaaaa") is as weak as it looks.
  return /^(.)\1+$/u.test(password);
}

/** What is wrong with a password ([] when it is acceptable). Messages are shown next to the field. */
export function passwordProblems(password: string, email?: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`Use at least ${PASSWORD_MIN_LENGTH} characters`);
  if (password.length > PASSWORD_MAX_LENGTH) problems.push(`Use at most ${PASSWORD_MAX_LENGTH} characters`);
  if (email) {
    const lower = password.trim().toLowerCase();
    const address = email.trim().toLowerCase();
    const local = address.split("@")[0] ?? "";
    if (lower === address || (local.length > 0 && lower === local)) problems.push("Don't use your email address as your password");
  }
  if (password.length <= PASSWORD_MAX_LENGTH && isCommon(password)) {
    problems.push("This password is too common: choose one that is harder to guess");
  }
  return problems;
}

/** A new password, checked against everything but the email (use cases add that check). */
export const ZNewPassword = z.string({ error: "Choose a password" }).superRefine((password, ctx) => {
  for (const message of passwordProblems(password)) ctx.addIssue({ code: "custom", message });
});

export const ZEmail = z
  .string({ error: "Enter your email address" })
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long")
  .pipe(z.email("Enter a valid email address"))
  .meta({ format: "email" });
