// Every email Bazaar sends: template name → component, subject and the props it accepts.
// lib/email renders from here; add a template by adding its file and one entry below.
import type { ComponentType } from "react";
import { z } from "zod";
import EmailVerificationCodeEmail from "./email-verification-code";
import NewSignInEmail from "./new-sign-in";
import PasswordChangedEmail from "./password-changed";
import PasswordResetEmail from "./password-reset";
import PaymentResultEmail from "./payment-result";
import SellerApprovedEmail from "./seller-approved";
import TwoFactorChangedEmail from "./two-factor-changed";
import WelcomeEmail from "./welcome";

export interface EmailTemplate<S extends z.ZodType = z.ZodType> {
  /** What the template accepts; checked before rendering (and at enqueue for queued emails). */
  props: S;
  subject: (props: z.output<S>) => string;
  component: ComponentType<z.output<S>>;
}

// Ties the component's props to the schema's output, so a template cannot drift from its schema.
const template = <S extends z.ZodType>(definition: EmailTemplate<S>) => definition;

const name = z.string().trim().min(1).max(200);
// Links in emails go to our own pages: never javascript: or other schemes.
const link = z.url({ protocol: /^https?$/ }).max(2000);
const minutes = z.number().int().positive().max(7 * 24 * 60);
// A moment already formatted for reading ("14 November 2026, 09:12 UTC") and where it came from.
const when = z.string().trim().min(1).max(100);
const ip = z.string().trim().min(1).max(100);

export const emailTemplates = {
  welcome: template({
    props: z.object({ name }),
    subject: ({ name }) => `Welcome to Bazaar, ${name}`,
    component: WelcomeEmail,
  }),
  "email-verification-code": template({
    props: z.object({ name, code: z.string().regex(/^\d{6}$/, "The code must be six digits"), expiresInMinutes: minutes }),
    subject: ({ code }) => `${code} is your Bazaar verification code`,
    component: EmailVerificationCodeEmail,
  }),
  "password-reset": template({
    props: z.object({ name, resetUrl: link, expiresInMinutes: minutes }),
    subject: () => "Reset your Bazaar password",
    component: PasswordResetEmail,
  }),
  "password-changed": template({
    props: z.object({ name, how: z.enum(["reset", "changed"]), when, ip, resetUrl: link }),
    subject: () => "Your Bazaar password was changed",
    component: PasswordChangedEmail,
  }),
  "new-sign-in": template({
    props: z.object({ name, device: z.string().trim().min(1).max(200), ip, when, resetUrl: link }),
    subject: ({ device }) => `New sign-in to Bazaar from ${device}`,
    component: NewSignInEmail,
  }),
  "two-factor-changed": template({
    props: z.object({ name, state: z.enum(["enabled", "disabled"]), when, securityUrl: link }),
    subject: ({ state }) => (state === "enabled" ? "Two-factor sign-in is on for your Bazaar account" : "Two-factor sign-in was turned off on your Bazaar account"),
    component: TwoFactorChangedEmail,
  }),
  "payment-result": template({
    props: z.object({
      name,
      outcome: z.enum(["succeeded", "failed"]),
      amount: z.string().min(1).max(40),
      description: z.string().trim().min(1).max(300),
      reference: z.string().min(1).max(200),
    }),
    subject: ({ outcome, amount }) => (outcome === "succeeded" ? `Payment of ${amount} received` : `Payment of ${amount} declined`),
    component: PaymentResultEmail,
  }),
  "seller-approved": template({
    props: z.object({ storeName: name, dashboardUrl: link }),
    subject: ({ storeName }) => `${storeName} is approved on Bazaar`,
    component: SellerApprovedEmail,
  }),
};

export type EmailTemplateName = keyof typeof emailTemplates;
export type EmailTemplateProps<T extends EmailTemplateName> = z.input<(typeof emailTemplates)[T]["props"]>;

export const emailTemplateNames = Object.keys(emailTemplates) as [EmailTemplateName, ...EmailTemplateName[]];

export function isEmailTemplateName(value: unknown): value is EmailTemplateName {
  return typeof value === "string" && Object.hasOwn(emailTemplates, value);
}
