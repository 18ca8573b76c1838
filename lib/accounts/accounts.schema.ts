// Input for sign-up, sign-in, password reset and email verification, shared by the web forms and
// their server actions, next-auth and /api/v1/auth. Nothing here touches the database, so the
// OpenAPI document is generated from these very schemas.
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblems, ZEmail } from "./password-policy";

/** A new password: the policy's lengths, stated for the API document; passwordProblems() enforces them and the rest. */
const newPassword = z.string({ error: "Choose a password" }).meta({
  minLength: PASSWORD_MIN_LENGTH,
  maxLength: PASSWORD_MAX_LENGTH,
  description: `${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters; not the email address and not a common password`,
});

export const ZPasswordSignInInput = z.object({
  email: ZEmail,
  password: z.string({ error: "Enter your password" }).min(1, "Enter your password").max(200, "That password is too long"),
});
export type TPasswordSignInInput = z.input<typeof ZPasswordSignInInput>;

export const ZRegisterFields = z.object({
  email: ZEmail,
  password: newPassword,
  name: z.string({ error: "Enter your name" }).trim().min(1, "Enter your name").max(100, "Use at most 100 characters"),
});

/** The password is checked against the policy here, with the email it must not be. */
export function withPasswordPolicy<S extends z.ZodType<{ email: string; password: string }>>(schema: S) {
  return schema.superRefine((input, ctx) => {
    for (const message of passwordProblems(input.password, input.email)) ctx.addIssue({ code: "custom", path: ["password"], message });
  });
}

export const ZRegisterInput = withPasswordPolicy(ZRegisterFields);
export type TRegisterInput = z.input<typeof ZRegisterInput>;

export const ZRequestPasswordResetInput = z.object({ email: ZEmail });
export const ZResetPasswordInput = z.object({
  token: z.string({ error: "The reset link is incomplete" }).trim().min(20, "The reset link is incomplete").max(200, "The reset link is not valid"),
  password: newPassword,
});

export const ZEmailCode = z
  .string({ error: "Enter the code from the email" })
  .trim()
  .regex(/^\d{6}$/, "The code is the 6 digits from the email");

export const ZVerifyEmailInput = z.object({ code: ZEmailCode });
