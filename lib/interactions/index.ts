// Product interactions for recommendations: views (product page), wishlist saves, and more.
export { recordProductInteraction, recordProductView, VIEW_THROTTLE_MS, type InteractionViewer } from "./record-interaction";
export { interactionViewer, anonymousInteractionId } from "./viewer";
