// The Idempotency-Key header's rules, shared by withIdempotency and the OpenAPI document.
import { z } from "zod";

export const ZIdempotencyKey = z
  .string({ error: "Idempotency-Key is required" })
  .min(1, "Idempotency-Key is required")
  .max(255, "Idempotency-Key must be at most 255 characters")
  .regex(/^[\x21-\x7E]([\x20-\x7E]*[\x21-\x7E])?$/, "Idempotency-Key must be printable ASCII characters");
