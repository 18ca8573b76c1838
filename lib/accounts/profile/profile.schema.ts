// Input schemas for the profile and the address book, shared by the web forms, server actions and
// /api/v1/me. Forms send empty strings for blank optional fields: those become null here.
import { z } from "zod";
import { AppError, fieldErrorsFromZod } from "../../errors";
import { countryCodes } from "./countries";

/** Parses input for a use case: bad input is an AppError with field errors, never a bare ZodError. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION_FAILED", "Some fields are invalid", { fields: fieldErrorsFromZod(parsed.error) });
  return parsed.data;
}

const blankToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);

/** E.164-ish: a leading +, a country code and 7–14 more digits; spaces, dots, dashes and brackets are dropped. */
export const ZPhone = z
  .string()
  .trim()
  .max(40, "Enter a phone number of at most 40 characters")
  .transform((value) => value.replace(/[\s.\-()]/g, ""))
  .refine((value) => /^\+[1-9]\d{7,14}$/.test(value), "Enter the number in international format, e.g. +44 20 7946 0958")
  .meta({ description: "International format: +, the country code and the number", examples: ["+44 20 7946 0958"] });

export const ZOptionalPhone = z.preprocess(blankToNull, ZPhone.nullable().optional());

/** Omitted fields stay as they are (PATCH); an empty phone clears it, an empty name is refused. */
export const ZUpdateProfileInput = z.object({
  name: z.string({ error: "Enter your name" }).trim().min(1, "Enter your name").max(100, "Use at most 100 characters").optional(),
  phone: ZOptionalPhone,
});
export type TUpdateProfileInput = z.input<typeof ZUpdateProfileInput>;

export const addressKinds = ["SHIPPING", "BILLING"] as const;

// Where a country's postal codes follow one well-known shape, hold it to that shape; elsewhere
// any short run of letters, digits, spaces and dashes.
const postalPatterns: Record<string, RegExp> = {
  US: /^\d{5}(-\d{4})?$/,
  CA: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/,
  GB: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/,
  DE: /^\d{5}$/,
  FR: /^\d{5}$/,
  ES: /^\d{5}$/,
  IT: /^\d{5}$/,
  NL: /^\d{4} ?[A-Z]{2}$/,
  BE: /^\d{4}$/,
  AT: /^\d{4}$/,
  CH: /^\d{4}$/,
  AU: /^\d{4}$/,
  IN: /^\d{6}$/,
  JP: /^\d{3}-?\d{4}$/,
  BR: /^\d{5}-?\d{3}$/,
  PL: /^\d{2}-\d{3}$/,
  SE: /^\d{3} ?\d{2}$/,
  PT: /^\d{4}-\d{3}$/,
  IE: /^[A-Z]\d[\dW] ?[A-Z\d]{4}$/,
};
const GENERIC_POSTAL = /^[A-Z\d][A-Z\d -]{1,10}[A-Z\d]$|^[A-Z\d]{2,3}$/;

const text = (label: string, max: number) =>
  z.string({ error: `Enter the ${label}` }).trim().min(1, `Enter the ${label}`).max(max, `Use at most ${max} characters`);
const optionalText = (max: number) => z.preprocess(blankToNull, z.string().trim().max(max, `Use at most ${max} characters`).nullable().optional());

/** An ISO 3166-1 alpha-2 code, in any case (it is stored upper-case). */
export const ZCountryCode = z.preprocess(
  (value) => (typeof value === "string" ? value.trim().toUpperCase() : value),
  z.enum(countryCodes, { error: (issue) => (issue.input === undefined ? "Choose a country" : "Choose a country from the list (ISO 3166-1 alpha-2 code, e.g. US)") }),
);

const addressFields = {
  fullName: text("full name", 100),
  line1: text("street address", 200),
  line2: optionalText(200),
  city: text("city", 100),
  region: optionalText(100),
  postalCode: z
    .string({ error: "Enter the postal code" })
    .trim()
    .toUpperCase()
    .min(1, "Enter the postal code")
    .max(12, "Use at most 12 characters")
    .meta({ description: "Checked against the country's format where it has a well-known one" }),
  country: ZCountryCode,
  phone: ZOptionalPhone,
};

const addressShape = {
  kind: z.enum(addressKinds, { error: "Choose shipping or billing" }),
  ...addressFields,
  isDefault: z.preprocess((v) => (v === "on" || v === "true" ? true : v === "false" ? false : v), z.boolean().optional()),
};

/** Checks the postal code against the country once both are known (both fields may change in a PATCH). */
function checkPostalCode(address: { postalCode: string; country: string }, ctx: z.RefinementCtx) {
  const pattern = postalPatterns[address.country] ?? GENERIC_POSTAL;
  if (!pattern.test(address.postalCode)) {
    ctx.addIssue({ code: "custom", path: ["postalCode"], message: "This is not a valid postal code for the chosen country" });
  }
}

export const ZAddressInput = z.object(addressShape).superRefine(checkPostalCode);

/** An address without the address book's kind and default flag (typed in at checkout). */
export const ZAddressFields = z.object(addressFields).superRefine(checkPostalCode);
export type TAddressInput = z.input<typeof ZAddressInput>;
export type TAddress = z.output<typeof ZAddressInput>;

/** PATCH: any subset of the fields; merged with the stored address and validated whole. */
export const ZAddressPatch = z.object(addressShape).partial();
export type TAddressPatch = z.input<typeof ZAddressPatch>;

export const ZAccountDeletionInput = z.object({
  password: z.string({ error: "Enter your password" }).min(1, "Enter your password").max(200),
});
