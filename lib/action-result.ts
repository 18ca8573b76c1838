// Server actions answer with a plain result the form can render: field errors next to fields,
// a message for the rest. Unexpected errors are logged and shown as a generic message.
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { toAppError, type FieldErrors } from "./errors";
import { logger, newRequestId, withRequestContext } from "./log";

export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; message: string; fields?: FieldErrors; requestId?: string };

const log = logger("action");

export async function runAction<T>(fn: () => Promise<T>, successMessage?: string): Promise<ActionResult<T>> {
  const requestId = newRequestId();
  return withRequestContext(requestId, async () => {
    try {
      return { ok: true, data: await fn(), message: successMessage };
    } catch (error) {
      if (isRedirectError(error)) throw error;
      const appError = toAppError(error);
      if (appError.code === "INTERNAL") {
        log.error("server action failed", { error });
        return { ok: false, message: "Something went wrong on our side. Please try again.", requestId };
      }
      return { ok: false, message: appError.message, fields: appError.fields };
    }
  });
}
