// OpenAPI operations for accounts: /auth/* (sign-up, tokens, verification, password reset, 2FA)
// and /me (profile, addresses). Merged into the document by openapi.ts.
import { errorResponse } from "./openapi-shared";

/** Signed in with a Bearer access token, or the web session cookie. */
export const signedIn = [{ bearerAuth: [] }, { sessionCookie: [] }];
const open: never[] = [];

const string = { type: "string" } as const;
const nullableString = { type: ["string", "null"] } as const;
const object = (properties: Record<string, unknown>, required: string[] = []) => ({ type: "object", properties, required });
const body = (properties: Record<string, unknown>, required: string[]) => ({
  required: true,
  content: { "application/json": { schema: object(properties, required) } },
});
const data = (description: string, schema: unknown) => ({ description, content: { "application/json": { schema: object({ data: schema }) } } });
const noContent = { description: "Done" };
const errors = (...statuses: number[]) => ({ ...Object.fromEntries(statuses.map((s) => [String(s), errorResponse])), default: errorResponse });

const tokens = object(
  {
    accessToken: { type: "string", description: "Bearer token for the Authorization header, valid 15 minutes" },
    refreshToken: { type: "string", description: "Opaque, valid 30 days, single use: each refresh returns a new one" },
    expiresIn: { type: "integer", description: "Seconds until the access token expires" },
    tokenType: { const: "Bearer" },
  },
  ["accessToken", "refreshToken", "expiresIn", "tokenType"],
);
const signedInTokens = { ...tokens, properties: { ...tokens.properties, userId: string } };

export const profile = object({
  id: string,
  email: string,
  name: nullableString,
  phone: nullableString,
  avatarUrl: nullableString,
  role: { enum: ["BUYER", "SELLER", "ADMIN"] },
  emailVerified: { type: "boolean" },
  twoFactorEnabled: { type: "boolean" },
  createdAt: { type: "string", format: "date-time" },
});

export const authOperations = {
  "/auth/register": {
    post: {
      operationId: "register",
      summary: "Create an account and sign in; a verification code is emailed",
      security: open,
      requestBody: body({ email: string, password: { type: "string", minLength: 10, maxLength: 200 }, name: string, deviceName: string }, ["email", "password", "name"]),
      responses: { "201": data("Signed in", signedInTokens), ...errors(400, 409, 429) },
    },
  },
  "/auth/login": {
    post: {
      operationId: "login",
      summary: "Sign in with email and password",
      description:
        "Accounts with two-factor sign-in answer 401 with error code TWO_FACTOR_REQUIRED until `code` (an authenticator or recovery code) is sent with the same request. Repeated failures lock the account for a while (429 with Retry-After).",
      security: open,
      requestBody: body({ email: string, password: string, code: string, deviceName: string }, ["email", "password"]),
      responses: { "200": data("Signed in", signedInTokens), ...errors(400, 401, 403, 429) },
    },
  },
  "/auth/refresh": {
    post: {
      operationId: "refreshTokens",
      summary: "Trade a refresh token for a new pair",
      description: "The refresh token used stops working. Presenting it again revokes every token issued from the same sign-in.",
      security: open,
      requestBody: body({ refreshToken: string }, ["refreshToken"]),
      responses: { "200": data("New tokens", tokens), ...errors(400, 401) },
    },
  },
  "/auth/logout": {
    post: {
      operationId: "logout",
      summary: "Sign this device out (revokes the refresh token)",
      security: open,
      requestBody: body({ refreshToken: string }, ["refreshToken"]),
      responses: { "204": noContent, ...errors(400) },
    },
  },
  "/auth/logout-all": {
    post: { operationId: "logoutAll", summary: "End every session and token on every device", security: signedIn, responses: { "204": noContent, ...errors(401) } },
  },
  "/auth/me": {
    get: { operationId: "getAuthMe", summary: "Who is signed in", security: signedIn, responses: { "200": data("The signed-in user", profile), ...errors(401) } },
  },
  "/auth/verify-email": {
    post: {
      operationId: "verifyEmail",
      summary: "Confirm the email address with the 6-digit code",
      security: signedIn,
      requestBody: body({ code: { type: "string", pattern: "^\\d{6}$" } }, ["code"]),
      responses: { "200": data("Verified", object({ emailVerified: { const: true } })), ...errors(400, 401, 429) },
    },
  },
  "/auth/verify-email/resend": {
    post: { operationId: "resendEmailCode", summary: "Email a new verification code", security: signedIn, responses: { "204": noContent, ...errors(401, 409, 429) } },
  },
  "/auth/password/forgot": {
    post: {
      operationId: "forgotPassword",
      summary: "Email a password reset link (the same answer whether or not the account exists)",
      security: open,
      requestBody: body({ email: string }, ["email"]),
      responses: { "202": data("Accepted", object({ message: string })), ...errors(400, 429) },
    },
  },
  "/auth/password/reset": {
    post: {
      operationId: "resetPassword",
      summary: "Set a new password with the emailed token; ends every session",
      security: open,
      requestBody: body({ token: string, password: { type: "string", minLength: 10, maxLength: 200 } }, ["token", "password"]),
      responses: { "204": noContent, ...errors(400) },
    },
  },
} as const;

const addressFields = {
  kind: { enum: ["SHIPPING", "BILLING"] },
  isDefault: { type: "boolean", description: "At most one default per kind; setting it moves the default here" },
  fullName: { type: "string", maxLength: 100 },
  line1: { type: "string", maxLength: 200 },
  line2: { type: ["string", "null"], maxLength: 200 },
  city: { type: "string", maxLength: 100 },
  region: { type: ["string", "null"], maxLength: 100 },
  postalCode: { type: "string", maxLength: 12, description: "Checked against the country's format where it has a well-known one" },
  country: { type: "string", pattern: "^[A-Z]{2}$", description: "ISO 3166-1 alpha-2" },
  phone: { type: ["string", "null"], description: "International format, e.g. +44 20 7946 0958" },
};
const address = object({ id: string, ...addressFields, createdAt: { type: "string", format: "date-time" }, updatedAt: { type: "string", format: "date-time" } });
const idParam = [{ name: "id", in: "path", required: true, schema: string }];
const code = { type: "string", description: "A 6-digit authenticator code, or (to disable) an unused recovery code" };

export const twoFactorOperations = {
  "/auth/2fa/enroll": {
    post: {
      operationId: "startTwoFactor",
      summary: "Start two-factor setup: a new secret with its otpauth:// URL and QR code (off until confirmed)",
      security: signedIn,
      responses: { "200": data("Pending secret", object({ otpauthUrl: string, qrCodeDataUrl: string, secret: string })), ...errors(401, 409) },
    },
  },
  "/auth/2fa/confirm": {
    post: {
      operationId: "confirmTwoFactor",
      summary: "Turn two-factor on with a current code; answers the 10 recovery codes, shown only this once",
      security: signedIn,
      requestBody: body({ code }, ["code"]),
      responses: { "200": data("Enabled", object({ recoveryCodes: { type: "array", items: string, minItems: 10, maxItems: 10 } })), ...errors(400, 401, 409, 429) },
    },
  },
  "/auth/2fa/disable": {
    post: {
      operationId: "disableTwoFactor",
      summary: "Turn two-factor off with a current code or a recovery code",
      security: signedIn,
      requestBody: body({ code }, ["code"]),
      responses: { "204": noContent, ...errors(400, 401, 429) },
    },
  },
} as const;

export const meOperations = {
  "/me": {
    get: { operationId: "getMe", summary: "The signed-in user's profile", security: signedIn, responses: { "200": data("Profile", profile), ...errors(401) } },
    patch: {
      operationId: "updateMe",
      summary: "Change name and phone (omitted fields stay; an empty phone clears it)",
      security: signedIn,
      requestBody: body({ name: { type: "string", maxLength: 100 }, phone: { type: ["string", "null"] } }, []),
      responses: { "200": data("Profile", profile), ...errors(400, 401) },
    },
  },
  "/me/avatar": {
    post: {
      operationId: "uploadAvatar",
      summary: "Upload an avatar (JPEG, PNG or WebP, at most 5 MB); stored as a 256×256 WebP",
      security: signedIn,
      requestBody: {
        required: true,
        content: { "multipart/form-data": { schema: object({ file: { type: "string", format: "binary" } }, ["file"]) } },
      },
      responses: { "200": data("Profile", profile), ...errors(400, 401, 413, 415) },
    },
  },
  "/me/delete": {
    post: {
      operationId: "deleteMe",
      summary: "Delete the account: personal data erased, orders kept, every session ended",
      security: signedIn,
      requestBody: body({ password: string }, ["password"]),
      responses: { "204": noContent, ...errors(400, 401, 409, 429) },
    },
  },
  "/me/addresses": {
    get: { operationId: "listAddresses", summary: "The address book, defaults first", security: signedIn, responses: { "200": data("Addresses", { type: "array", items: address }), ...errors(401) } },
    post: {
      operationId: "createAddress",
      summary: "Add an address (the first of a kind becomes its default)",
      security: signedIn,
      requestBody: body(addressFields, ["kind", "fullName", "line1", "city", "postalCode", "country"]),
      responses: { "201": data("Address", address), ...errors(400, 401, 409) },
    },
  },
  "/me/addresses/{id}": {
    patch: {
      operationId: "updateAddress",
      summary: "Change some fields of one of your addresses",
      security: signedIn,
      parameters: idParam,
      requestBody: body(addressFields, []),
      responses: { "200": data("Address", address), ...errors(400, 401, 404) },
    },
    delete: {
      operationId: "deleteAddress",
      summary: "Remove one of your addresses",
      security: signedIn,
      parameters: idParam,
      responses: { "204": noContent, ...errors(401, 404) },
    },
  },
} as const;
