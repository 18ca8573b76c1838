// Which provider handles what: the one configured for new payments, and any provider by name for
// webhooks (a payment started with one provider is still settled by it after the mode changes).
import { getEnv } from "../env";
import type { PaymentProvider } from "./provider";
import { createSandboxProvider, SANDBOX } from "./sandbox";

export function getPaymentProvider(name: string): PaymentProvider | null {
  const env = getEnv();
  if (name === SANDBOX) return createSandboxProvider({ secret: env.payments.webhookSecret, appUrl: env.appUrl });
  return null;
}

export function activePaymentProvider(): PaymentProvider {
  const provider = getPaymentProvider(getEnv().payments.mode);
  if (!provider) throw new Error(`No payment provider for mode ${getEnv().payments.mode}`);
  return provider;
}
