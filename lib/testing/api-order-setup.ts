// What the API order tests (checkout, orders) share: a tax country of their own and the file's
// hooks, so follow-up jobs (emails, expiry checks, refunds at the provider) retry fast and finish
// inside the test that started them.
import { afterEach, beforeAll } from "vitest";
import { db } from "../db";
import { configureJobRunner, drainJobs } from "../jobs";

/** A country of its own with a round rate, so the sums in tests are easy to check by hand. */
export const apiTestTax = { country: "NO", rateBps: 2500, label: "MVA" };
export const apiTestAddress = { fullName: "Ada Buyer", line1: "Karl Johans gate 1", city: "Oslo", postalCode: "0154", country: "NO" };

/** Registers the hooks: call once at the top of a test file. */
export function setUpApiOrderTests() {
  beforeAll(async () => {
    configureJobRunner({ retryBaseDelayMs: 5, retryMaxDelayMs: 20 });
    await db.taxRate.upsert({ where: { country: apiTestTax.country }, create: apiTestTax, update: apiTestTax });
  });
  afterEach(async () => {
    await drainJobs();
  });
}
