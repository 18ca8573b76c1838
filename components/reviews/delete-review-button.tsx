"use client";
// "Delete" on the author's own review, "Remove" on any review for admins. Both ask first.
import { useState, useTransition } from "react";
import { deleteReviewAction } from "./actions";

export function DeleteReviewButton({ reviewId, mode, onDone }: { reviewId: string; mode: "delete" | "remove"; onDone?: () => void }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const question = mode === "delete" ? "Delete your review? This cannot be undone." : "Remove this review? Shoppers will no longer see it.";
  return (
    <span className="inline-flex flex-wrap items-center gap-3 text-sm">
      <button
        type="button"
        disabled={pending}
        onClick={() => {
          if (!window.confirm(question)) return;
          setError(null);
          startTransition(async () => {
            const result = await deleteReviewAction(reviewId);
            if (result.ok) onDone?.();
            else setError(result.message);
          });
        }}
        className="font-medium text-stone-600 hover:text-red-700 hover:underline disabled:text-stone-400"
      >
        {pending ? (mode === "delete" ? "Deleting…" : "Removing…") : mode === "delete" ? "Delete" : "Remove"}
      </button>
      {error ? (
        <span role="alert" className="text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
