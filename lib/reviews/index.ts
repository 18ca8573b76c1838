// Product reviews, for the product page, its server actions and /api/v1/products/{id}/reviews.
export { createReview, ALREADY_REVIEWED_MESSAGE, REVIEW_REMOVED_MESSAGE } from "./create-review";
export { updateReview } from "./update-review";
export { deleteReview, type DeleteReviewOutcome } from "./delete-review";
export { listProductReviews, ratingSummary, type GetReviewsResponse, type RatingSummary, type ReviewPage } from "./list-reviews";
export { getViewerReviewState, type ViewerReviewState } from "./viewer-review-state";
export { findReviewableProduct, findProduct, type ProductRef } from "./product-ref";
export { NOT_ELIGIBLE_MESSAGE } from "./eligibility";
export { reviewerDisplayName, type ReviewView } from "./review-view";
export * from "./review.schema";
