// Bazaar's payments: start a payment, settle it from the provider's webhook, and the sandbox
// provider's own checkout page. See README.md for the guarantees.
import "server-only";

export type { Checkout, CreateCheckoutInput, PaymentEvent, PaymentEventType, PaymentProvider, RefundInput } from "./provider";
export { getPaymentProvider } from "./providers";
export { startPayment, ZStartPaymentInput, type StartedPayment, type TStartPaymentInput } from "./start-payment";
export { handlePaymentWebhook, type PaymentWebhookResult } from "./handle-payment-webhook";
export { completeSandboxCheckout, signSandboxWebhook, SIGNATURE_HEADER, type CompleteSandboxCheckoutOptions } from "./sandbox";
export {
  getPaymentForCheckoutPage,
  openSandboxCheckout,
  submitSandboxCheckout,
  type CheckoutPagePayment,
  type SandboxCheckoutView,
} from "./sandbox-checkout";
export { safeReturnPath } from "../safe-return-path";
