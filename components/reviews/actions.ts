"use server";
// Server actions of the review section on product pages. The use cases decide who may do what
// (a delivered order to review, the author to edit, the author or an admin to delete).
import { revalidatePath } from "next/cache";
import { actionRequestContext } from "@/lib/accounts/request-context";
import { runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth";
import { createReview, deleteReview, updateReview, type DeleteReviewOutcome } from "@/lib/reviews";
import { formText } from "@/lib/form-data";

const reviewInput = (form: FormData) => ({ rating: formText(form, "rating"), title: formText(form, "title"), body: formText(form, "body") });

// Every product page shows its reviews and rating; catalogChanged() has expired the cached data.
const refreshProductPages = () => revalidatePath("/p/[slug]", "page");

export async function createReviewAction(_previous: ActionResult<void> | null, form: FormData): Promise<ActionResult<void>> {
  return runAction(async () => {
    await createReview({ actor: await requireActor(), productId: formText(form, "productId"), input: reviewInput(form) });
    refreshProductPages();
  }, "Thank you: your review is posted.");
}

export async function updateReviewAction(_previous: ActionResult<void> | null, form: FormData): Promise<ActionResult<void>> {
  return runAction(async () => {
    await updateReview({ actor: await requireActor(), reviewId: formText(form, "reviewId"), input: reviewInput(form) });
    refreshProductPages();
  }, "Your review is saved.");
}

/** The author deletes their review; an admin removes anyone's. */
export async function deleteReviewAction(reviewId: string): Promise<ActionResult<DeleteReviewOutcome>> {
  return runAction(async () => {
    const outcome = await deleteReview({ actor: await requireActor(), reviewId, ctx: await actionRequestContext() });
    refreshProductPages();
    return outcome;
  });
}
