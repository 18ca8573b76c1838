// Which provider handles what: the one configured for new payments, and any provider by name for
// webhooks (a payment started with one provider is still settled by it after the mode changes).
import { getEnv, type PaymentsConfig } from "../env";
import type { PaymentProvider } from "./provider";
import { createSandboxProvider, SANDBOX } from "./sandbox";
import { createStripeProvider, STRIPE } from "./stripe";

// One Stripe client per parsed config (a new one only when the env is read again, as tests do).
let stripe: { config: PaymentsConfig; provider: PaymentProvider } | undefined;

export function getPaymentProvider(name: string): PaymentProvider | null {
  const env = getEnv();
  const config = env.payments;
  if (name === SANDBOX) return config.sandboxSecret ? createSandboxProvider({ secret: config.sandboxSecret }) : null;
  if (name === STRIPE && config.mode === "stripe") {
    if (stripe?.config !== config) stripe = { config, provider: createStripeProvider(config) };
    return stripe.provider;
  }
  return null;
}

export function activePaymentProvider(): PaymentProvider {
  const provider = getPaymentProvider(getEnv().payments.mode);
  if (!provider) throw new Error(`No payment provider for mode ${getEnv().payments.mode}`);
  return provider;
}
