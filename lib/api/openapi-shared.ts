// Pieces shared by the OpenAPI operation files. What a client sends (parameters and request
// bodies) is generated from the zod schemas the handlers parse it with, so the document cannot say
// one thing while the server checks another; what the server answers is described by hand.
import { z } from "zod";

export type JsonSchema = Record<string, unknown>;

/**
 * What a zod schema accepts, as JSON Schema 2020-12 (the dialect of OpenAPI 3.1): its input side,
 * before defaults, coercions and transforms. Rules zod cannot put into JSON Schema (refinements)
 * come out as the bare type; a schema states them for the document with .meta().
 */
export function inputSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return json;
}

/** A JSON request body parsed with `schema`. `required: false`: no body at all is the same as `{}`. */
export function jsonBody(schema: z.ZodType, options: { required?: boolean; description?: string } = {}) {
  return {
    required: options.required ?? true,
    ...(options.description ? { description: options.description } : {}),
    content: { "application/json": { schema: inputSchema(schema) } },
  };
}

type Location = "query" | "path" | "header";

/**
 * One parameter per property of an object schema the handler parses its query (or path, or
 * headers) with. `names` renames properties whose parameter is spelled otherwise; arrays travel
 * comma-separated (`brand=a,b`).
 */
export function parameters(schema: z.ZodObject, location: Location, options: { names?: Record<string, string>; descriptions?: Record<string, string> } = {}) {
  const json = inputSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([key, property]) => {
    const { description, ...schemaOnly } = property;
    const text = options.descriptions?.[key] ?? description;
    return {
      name: options.names?.[key] ?? key,
      in: location,
      required: location === "path" || (json.required ?? []).includes(key),
      ...(text ? { description: text } : {}),
      ...(schemaOnly.type === "array" ? { style: "form", explode: false } : {}),
      schema: schemaOnly,
    };
  });
}

/** A path parameter looked up as it is: any string, and an unknown one is a 404. */
export const pathId = (name: string, description?: string) => ({ name, in: "path", required: true, ...(description ? { description } : {}), schema: { type: "string", minLength: 1 } });

export const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message", "requestId"],
      properties: {
        code: { type: "string", examples: ["NOT_FOUND", "VALIDATION_FAILED", "UNAUTHENTICATED", "RATE_LIMITED"] },
        message: { type: "string", description: "Safe to show to the person using the app" },
        fields: { type: "object", additionalProperties: { type: "array", items: { type: "string" } }, description: "Messages per input field, e.g. { \"email\": [\"Enter a valid email address\"] }" },
        requestId: { type: "string", description: "Also in the X-Request-Id header: quote it when reporting a problem" },
      },
    },
  },
};

export const errorResponse = { description: "Error", content: { "application/json": { schema: errorSchema } } };

/** What each error status means across the API; an operation may say more in its own words. */
const meaning: Record<number, string> = {
  400: "BAD_REQUEST (the body is not JSON) or VALIDATION_FAILED (fields names each bad field or parameter)",
  401: "UNAUTHENTICATED: not signed in, or the access token is invalid or has expired",
  403: "FORBIDDEN: signed in, but not allowed to do this",
  404: "NOT_FOUND",
  409: "CONFLICT: not possible in the current state",
  413: "PAYLOAD_TOO_LARGE",
  415: "UNSUPPORTED_MEDIA_TYPE",
  422: "UNPROCESSABLE: well-formed, but refused (fields says why)",
  429: "RATE_LIMITED: too many attempts; Retry-After says when to try again",
  503: "SERVICE_UNAVAILABLE: try again later",
};

export const errorWith = (description: string) => ({ ...errorResponse, description });

/**
 * Error responses for the statuses an operation can answer, plus `default` for anything
 * unexpected (500 INTERNAL, with the request id to quote).
 */
export function errors(...statuses: (number | [number, string])[]) {
  const entries = statuses.map((entry) => {
    const [status, description] = Array.isArray(entry) ? entry : [entry, meaning[entry] ?? "Error"];
    return [String(status), errorWith(description)];
  });
  return { ...Object.fromEntries(entries), default: errorWith("Anything unexpected: 500 INTERNAL, with the request id to quote") };
}

/** Signed in with a Bearer access token, or the web session cookie. */
export const signedIn = [{ bearerAuth: [] }, { sessionCookie: [] }];
/** Anyone; signed-in callers may get more. A Bearer token sent must be valid, or the answer is 401. */
export const optionallySignedIn = [...signedIn, {}];
export const open: never[] = [];
