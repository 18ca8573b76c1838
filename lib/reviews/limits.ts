// Review length limits, in a file of their own so the browser's review form can show them
// without bundling the schemas.
export const REVIEW_TITLE_MAX = 120;
export const REVIEW_BODY_MIN = 10;
export const REVIEW_BODY_MAX = 4000;
export const REVIEWS_PAGE_SIZE = 10;
