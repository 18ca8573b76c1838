// Review input, shared by the review form, its server actions and /api/v1/products/{id}/reviews.
import { z } from "zod";
import { ZPageQuery } from "../pagination";
import { REVIEW_BODY_MAX, REVIEW_BODY_MIN, REVIEW_TITLE_MAX, REVIEWS_PAGE_SIZE } from "./limits";

export { REVIEW_BODY_MAX, REVIEW_BODY_MIN, REVIEW_TITLE_MAX, REVIEWS_PAGE_SIZE };

const blankToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);
// Forms send the rating as text; the API sends a number. Anything else fails as "not a number".
const toNumber = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? Number(value) : value);
// PostgreSQL text cannot hold NUL: refuse it here rather than fail in the database.
const noNul = (value: string) => !value.includes("\u0000");

const rating = z.preprocess(
  toNumber,
  z
    .number({ error: "Choose a rating from 1 to 5 stars" })
    .int("Choose a rating from 1 to 5 stars")
    .min(1, "Choose a rating from 1 to 5 stars")
    .max(5, "Choose a rating from 1 to 5 stars"),
);
const title = z.preprocess(
  blankToNull,
  z
    .string({ error: "Enter a title, or leave it empty" })
    .trim()
    .max(REVIEW_TITLE_MAX, `Use at most ${REVIEW_TITLE_MAX} characters`)
    .refine(noNul, "Remove the invalid characters")
    .nullable()
    .optional(),
);
const body = z
  .string({ error: "Write a few words about the product" })
  .trim()
  .min(REVIEW_BODY_MIN, `Write at least ${REVIEW_BODY_MIN} characters`)
  .max(REVIEW_BODY_MAX, `Use at most ${REVIEW_BODY_MAX.toLocaleString("en-US")} characters`)
  .refine(noNul, "Remove the invalid characters");

export const ZReviewInput = z.object({ rating, title, body });
export type TReviewInput = z.input<typeof ZReviewInput>;

/** An edit: omitted fields stay; an empty title clears it. */
export const ZReviewPatch = z.object({ rating: rating.optional(), title, body: body.optional() });
export type TReviewPatch = z.input<typeof ZReviewPatch>;

/** Out of range or not a whole number: 400 with the field, as for every list. */
export const ZReviewPageInput = ZPageQuery({ max: 50, fallback: REVIEWS_PAGE_SIZE });
export type TReviewPageInput = { page?: number | string; pageSize?: number | string };
