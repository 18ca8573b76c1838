// Where to go after an auth step: only same-site paths, never an open redirect.
import { safeReturnPath } from "@/lib/safe-return-path";

export function safeCallback(value: unknown, fallback = "/"): string {
  return safeReturnPath(value) ?? fallback;
}
