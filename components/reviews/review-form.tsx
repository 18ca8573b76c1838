"use client";
// Write or edit a review: stars, an optional title and the text. The fields are controlled, so a
// refused submit keeps everything that was typed, with each problem shown next to its field.
import { useActionState, useId, useState } from "react";
import { createReviewAction, updateReviewAction } from "./actions";
import { fieldError, FormMessage } from "@/components/ui/form-parts";
import { Star } from "@/components/catalog/rating-stars";
import { TextField } from "@/components/ui/text-field";
import { REVIEW_BODY_MAX, REVIEW_BODY_MIN, REVIEW_TITLE_MAX } from "@/lib/reviews/limits";

const ratingWords = ["", "Poor", "Fair", "Good", "Very good", "Excellent"] as const;

export function ReviewForm({ productId, review }: { productId: string; review?: { id: string; rating: number; title: string | null; body: string } }) {
  const [result, formAction, pending] = useActionState(review ? updateReviewAction : createReviewAction, null);
  const [rating, setRating] = useState(review?.rating ?? 0);
  const [title, setTitle] = useState(review?.title ?? "");
  const [body, setBody] = useState(review?.body ?? "");
  const id = useId();
  const ratingError = fieldError(result, "rating");
  const bodyError = fieldError(result, "body");
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {review ? <input type="hidden" name="reviewId" value={review.id} /> : <input type="hidden" name="productId" value={productId} />}
      <fieldset role="radiogroup" aria-labelledby={`${id}-rating-legend`} aria-invalid={Boolean(ratingError)} aria-describedby={ratingError ? `${id}-rating-error` : undefined}>
        <legend id={`${id}-rating-legend`} className="text-sm font-medium">
          Your rating
        </legend>
        <div className="mt-1 flex items-center gap-1">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className="cursor-pointer">
              <input
                type="radio"
                name="rating"
                value={n}
                checked={rating === n}
                onChange={() => setRating(n)}
                className="peer sr-only"
              />
              <span aria-hidden className="block rounded p-0.5 peer-focus-visible:outline-2 peer-focus-visible:outline-brand-500">
                <Star fill={n <= rating ? 1 : 0} className="size-7" />
              </span>
              <span className="sr-only">
                {n} {n === 1 ? "star" : "stars"} ({ratingWords[n]})
              </span>
            </label>
          ))}
          <span className="ml-2 text-sm text-stone-600" aria-hidden>
            {ratingWords[rating]}
          </span>
        </div>
        {ratingError ? (
          <p id={`${id}-rating-error`} className="mt-1 text-sm text-red-700">
            {ratingError}
          </p>
        ) : null}
      </fieldset>
      <TextField
        id={`${id}-title`}
        name="title"
        label="Title (optional)"
        maxLength={REVIEW_TITLE_MAX}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={fieldError(result, "title")}
      />
      <div>
        <label htmlFor={`${id}-body`} className="block text-sm font-medium">
          Your review
        </label>
        <textarea
          id={`${id}-body`}
          name="body"
          rows={5}
          required
          minLength={REVIEW_BODY_MIN}
          maxLength={REVIEW_BODY_MAX}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          aria-invalid={Boolean(bodyError)}
          aria-describedby={`${id}-body-hint${bodyError ? ` ${id}-body-error` : ""}`}
          className="mt-1 w-full rounded-lg border border-stone-300 px-3 py-2"
        />
        <p id={`${id}-body-hint`} className="mt-1 text-xs text-stone-500">
          What did you like or dislike? At least {REVIEW_BODY_MIN} characters ({body.trim().length.toLocaleString("en-US")} / {REVIEW_BODY_MAX.toLocaleString("en-US")}).
        </p>
        {bodyError ? (
          <p id={`${id}-body-error`} className="mt-1 text-sm text-red-700">
            {bodyError}
          </p>
        ) : null}
      </div>
      <FormMessage result={result} fieldNames={["rating", "title", "body"]} />
      <button type="submit" disabled={pending} className="rounded-lg bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:bg-stone-400">
        {pending ? "Saving…" : review ? "Save changes" : "Post review"}
      </button>
    </form>
  );
}
