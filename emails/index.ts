// Every email Bazaar sends: template name → component, subject and the props it accepts.
// lib/email renders from here; add a template by adding its file and one entry below.
import type { ComponentType } from "react";
import { z } from "zod";
import EmailVerificationCodeEmail from "./email-verification-code";
import NewOrderEmail from "./new-order";
import NewSignInEmail from "./new-sign-in";
import OrderCancelledEmail from "./order-cancelled";
import OrderDeliveredEmail from "./order-delivered";
import OrderPlacedEmail from "./order-placed";
import OrderRefundedEmail from "./order-refunded";
import OrderShippedEmail from "./order-shipped";
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

// Orders. Amounts arrive formatted for reading ("$42.00"): the sender formats cents in the order's currency.
const amount = z.string().trim().min(1).max(40);
const orderNumber = z.number().int().positive();
// Optional facts often come straight from nullable columns: null means absent.
const optional = <S extends z.ZodType>(schema: S) => schema.nullish().transform((value) => value ?? undefined);
const orderLines = z
  .array(
    z.object({
      title: z.string().trim().min(1).max(300),
      variant: optional(z.string().trim().min(1).max(200)),
      quantity: z.number().int().positive().max(10_000),
      amount,
    }),
  )
  .min(1)
  .max(100);
const shipTo = z.object({
  fullName: name,
  line1: z.string().trim().min(1).max(200),
  line2: optional(z.string().trim().min(1).max(200)),
  city: z.string().trim().min(1).max(100),
  region: optional(z.string().trim().min(1).max(100)),
  postalCode: z.string().trim().min(1).max(20),
  country: z.string().trim().min(1).max(100),
});
const shippingMethod = optional(z.string().trim().min(1).max(200));
const totals = {
  subtotal: amount,
  shipping: amount,
  discount: optional(amount),
  couponCode: optional(z.string().trim().min(1).max(40)),
  tax: optional(amount),
  taxLabel: optional(z.string().trim().min(1).max(60)),
  total: amount,
};
// Why an order was cancelled or refunded, in a sentence.
const reason = z.string().trim().min(1).max(500);

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
  "order-placed": template({
    props: z.object({
      name,
      orderNumber,
      orderUrl: link,
      payUrl: optional(link),
      sellers: z.array(z.object({ storeName: name, items: orderLines, shippingMethod })).min(1).max(100),
      ...totals,
      shipTo,
    }),
    subject: ({ orderNumber }) => `Order #${orderNumber} placed on Bazaar`,
    component: OrderPlacedEmail,
  }),
  "new-order": template({
    props: z.object({ storeName: name, orderNumber, orderUrl: link, paid: z.boolean(), items: orderLines, ...totals, shipTo, shippingMethod }),
    subject: ({ orderNumber, storeName }) => `New order #${orderNumber} for ${storeName}`,
    component: NewOrderEmail,
  }),
  "order-shipped": template({
    props: z.object({
      name,
      orderNumber,
      storeName: name,
      carrier: z.string().trim().min(1).max(100),
      trackingNumber: z.string().trim().min(1).max(100),
      orderUrl: link,
      items: orderLines,
    }),
    subject: ({ orderNumber, storeName }) => `Your order #${orderNumber} from ${storeName} is on its way`,
    component: OrderShippedEmail,
  }),
  "order-delivered": template({
    props: z.object({
      name,
      orderNumber,
      storeName: name,
      orderUrl: link,
      reviews: z.array(z.object({ title: z.string().trim().min(1).max(300), url: link })).max(20),
    }),
    subject: ({ orderNumber, storeName }) => `Delivered: order #${orderNumber} from ${storeName}`,
    component: OrderDeliveredEmail,
  }),
  "order-cancelled": template({
    props: z.object({
      recipient: z.enum(["buyer", "seller"]),
      name,
      orderNumber,
      storeName: name,
      reason,
      refund: optional(amount),
      orderUrl: link,
    }),
    subject: ({ recipient, orderNumber, storeName }) =>
      recipient === "buyer" ? `Order #${orderNumber} from ${storeName} was cancelled` : `Order #${orderNumber} was cancelled`,
    component: OrderCancelledEmail,
  }),
  "order-refunded": template({
    props: z.object({ name, orderNumber, storeName: name, amount, full: z.boolean(), reason: optional(reason), orderUrl: link }),
    subject: ({ amount, orderNumber }) => `Refund of ${amount} for order #${orderNumber}`,
    component: OrderRefundedEmail,
  }),
};

export type EmailTemplateName = keyof typeof emailTemplates;
export type EmailTemplateProps<T extends EmailTemplateName> = z.input<(typeof emailTemplates)[T]["props"]>;

export const emailTemplateNames = Object.keys(emailTemplates) as [EmailTemplateName, ...EmailTemplateName[]];

export function isEmailTemplateName(value: unknown): value is EmailTemplateName {
  return typeof value === "string" && Object.hasOwn(emailTemplates, value);
}
