// OpenAPI operations for accounts: /auth/* (sign-up, tokens, verification, password reset, 2FA)
// and /me (profile, addresses). Request bodies come from the handlers' own zod schemas. Merged into
// the document by openapi.ts.
import { ZRequestPasswordResetInput, ZResetPasswordInput, ZVerifyEmailInput } from "../accounts/accounts.schema";
import { ZAccountDeletionInput, ZAddressInput, ZAddressPatch, ZUpdateProfileInput } from "../accounts/profile/profile.schema";
import { ZLoginInput, ZRefreshTokenInput, ZRegisterWithDeviceInput, ZTwoFactorCodeInput } from "../auth/auth.schema";
import { errors, jsonBody, open, pathId, signedIn } from "./openapi-shared";

export { signedIn } from "./openapi-shared";

const string = { type: "string" } as const;
const nullableString = { type: ["string", "null"] } as const;
const object = (properties: Record<string, unknown>, required: string[] = []) => ({ type: "object", properties, required });
const data = (description: string, schema: unknown) => ({ description, content: { "application/json": { schema: object({ data: schema }, ["data"]) } } });
const noContent = { description: "Done" };

const tokens = object(
  {
    accessToken: { type: "string", description: "Bearer token for the Authorization header, valid 15 minutes" },
    refreshToken: { type: "string", description: "Opaque, valid 30 days, single use: each refresh returns a new one" },
    expiresIn: { type: "integer", description: "Seconds until the access token expires" },
    tokenType: { const: "Bearer" },
  },
  ["accessToken", "refreshToken", "expiresIn", "tokenType"],
);
const signedInTokens = { ...tokens, properties: { ...tokens.properties, userId: string }, required: [...tokens.required, "userId"] };

export const profile = object(
  {
    id: string,
    email: string,
    name: nullableString,
    phone: nullableString,
    avatarUrl: nullableString,
    role: { enum: ["BUYER", "SELLER", "ADMIN"] },
    emailVerified: { type: "boolean" },
    twoFactorEnabled: { type: "boolean" },
    createdAt: { type: "string", format: "date-time" },
  },
  ["id", "email", "name", "phone", "avatarUrl", "role", "emailVerified", "twoFactorEnabled", "createdAt"],
);

export const authOperations = {
  "/auth/register": {
    post: {
      operationId: "register",
      summary: "Create an account and sign in; a verification code is emailed",
      security: open,
      requestBody: jsonBody(ZRegisterWithDeviceInput),
      responses: { "201": data("Signed in", signedInTokens), ...errors(400, [409, "CONFLICT: an account with this email already exists"], 429) },
    },
  },
  "/auth/login": {
    post: {
      operationId: "login",
      summary: "Sign in with email and password",
      description:
        "Accounts with two-factor sign-in answer 401 with error code TWO_FACTOR_REQUIRED until `code` (an authenticator or recovery code) is sent with the same request. Repeated failures lock the account for a while (429 with Retry-After).",
      security: open,
      requestBody: jsonBody(ZLoginInput),
      responses: {
        "200": data("Signed in", signedInTokens),
        ...errors(400, [401, "UNAUTHENTICATED: wrong email or password, or a wrong code; TWO_FACTOR_REQUIRED: send `code` too"], [403, "FORBIDDEN: the account is suspended"], 429),
      },
    },
  },
  "/auth/refresh": {
    post: {
      operationId: "refreshTokens",
      summary: "Trade a refresh token for a new pair",
      description: "The refresh token used stops working. Presenting it again revokes every token issued from the same sign-in.",
      security: open,
      requestBody: jsonBody(ZRefreshTokenInput),
      responses: { "200": data("New tokens", tokens), ...errors(400, [401, "UNAUTHENTICATED: the refresh token is invalid, used or expired; sign in again"]) },
    },
  },
  "/auth/logout": {
    post: {
      operationId: "logout",
      summary: "Sign this device out (revokes the refresh token)",
      security: open,
      requestBody: jsonBody(ZRefreshTokenInput),
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
      summary: "Confirm the email address with the 6-digit code (an address already verified accepts any well-formed code)",
      security: signedIn,
      requestBody: jsonBody(ZVerifyEmailInput),
      responses: {
        "200": data("Verified", object({ emailVerified: { const: true } }, ["emailVerified"])),
        ...errors([400, "BAD_REQUEST or VALIDATION_FAILED: the code is malformed, wrong, expired, or tried too often (fields.code)"], 401),
      },
    },
  },
  "/auth/verify-email/resend": {
    post: {
      operationId: "resendEmailCode",
      summary: "Email a new verification code",
      security: signedIn,
      responses: { "204": noContent, ...errors(401, [409, "CONFLICT: the address is already verified"], 429) },
    },
  },
  "/auth/password/forgot": {
    post: {
      operationId: "forgotPassword",
      summary: "Email a password reset link (the same answer whether or not the account exists)",
      security: open,
      requestBody: jsonBody(ZRequestPasswordResetInput),
      responses: { "202": data("Accepted", object({ message: string }, ["message"])), ...errors(400, 429) },
    },
  },
  "/auth/password/reset": {
    post: {
      operationId: "resetPassword",
      summary: "Set a new password with the emailed token; ends every session",
      security: open,
      requestBody: jsonBody(ZResetPasswordInput),
      responses: { "204": noContent, ...errors([400, "BAD_REQUEST: the link is invalid, used or expired (fields.token); VALIDATION_FAILED: e.g. a weak password"], [403, "FORBIDDEN: the account is suspended"]) },
    },
  },
} as const;

const address = object(
  {
    id: string,
    kind: { enum: ["SHIPPING", "BILLING"] },
    isDefault: { type: "boolean" },
    fullName: string,
    line1: string,
    line2: nullableString,
    city: string,
    region: nullableString,
    postalCode: string,
    country: { type: "string", description: "ISO 3166-1 alpha-2" },
    phone: nullableString,
    createdAt: { type: "string", format: "date-time" },
    updatedAt: { type: "string", format: "date-time" },
  },
  ["id", "kind", "isDefault", "fullName", "line1", "line2", "city", "region", "postalCode", "country", "phone", "createdAt", "updatedAt"],
);

export const twoFactorOperations = {
  "/auth/2fa/enroll": {
    post: {
      operationId: "startTwoFactor",
      summary: "Start two-factor setup: a new secret with its otpauth:// URL and QR code (off until confirmed)",
      security: signedIn,
      responses: {
        "200": data("Pending secret", object({ otpauthUrl: string, qrCodeDataUrl: string, secret: string }, ["otpauthUrl", "qrCodeDataUrl", "secret"])),
        ...errors(401, [409, "CONFLICT: two-factor sign-in is already on"]),
      },
    },
  },
  "/auth/2fa/confirm": {
    post: {
      operationId: "confirmTwoFactor",
      summary: "Turn two-factor on with a current code; answers the 10 recovery codes, shown only this once",
      security: signedIn,
      requestBody: jsonBody(ZTwoFactorCodeInput),
      responses: {
        "200": data("Enabled", object({ recoveryCodes: { type: "array", items: string, minItems: 10, maxItems: 10 } }, ["recoveryCodes"])),
        ...errors([400, "BAD_REQUEST: setup was not started; VALIDATION_FAILED: the code is wrong (fields.code)"], 401, [409, "CONFLICT: already on, or the setup changed meanwhile"], 429),
      },
    },
  },
  "/auth/2fa/disable": {
    post: {
      operationId: "disableTwoFactor",
      summary: "Turn two-factor off with a current code or a recovery code",
      security: signedIn,
      requestBody: jsonBody(ZTwoFactorCodeInput),
      responses: { "204": noContent, ...errors([400, "VALIDATION_FAILED: the code is wrong (fields.code)"], 401, [409, "CONFLICT: two-factor sign-in is not on"], 429) },
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
      requestBody: jsonBody(ZUpdateProfileInput),
      responses: { "200": data("Profile", profile), ...errors(400, 401) },
    },
  },
  "/me/avatar": {
    post: {
      operationId: "uploadAvatar",
      summary: "Upload an avatar (JPEG, PNG or WebP, at most 5 MB); stored as a 256×256 WebP",
      security: signedIn,
      // A file upload: no zod schema parses it (the handler reads the form and checks the bytes).
      requestBody: {
        required: true,
        content: { "multipart/form-data": { schema: object({ file: { type: "string", format: "binary" } }, ["file"]) } },
      },
      responses: {
        "200": data("Profile", profile),
        ...errors(
          [400, "BAD_REQUEST: not multipart/form-data, or the file is empty; VALIDATION_FAILED: no file (fields.file)"],
          401,
          413,
          [415, "UNSUPPORTED_MEDIA_TYPE: not a JPEG, PNG or WebP image"],
          [422, "UNPROCESSABLE: the image could not be read"],
          [503, "SERVICE_UNAVAILABLE: the file could not be stored right now"],
        ),
      },
    },
  },
  "/me/delete": {
    post: {
      operationId: "deleteMe",
      summary: "Delete the account: personal data erased, orders kept, every session ended",
      security: signedIn,
      requestBody: jsonBody(ZAccountDeletionInput),
      responses: {
        "204": noContent,
        ...errors([400, "VALIDATION_FAILED: the password is wrong (fields.password); BAD_REQUEST: the account has no password yet"], 401, [409, "CONFLICT: the account owns a store"], 429),
      },
    },
  },
  "/me/addresses": {
    get: { operationId: "listAddresses", summary: "The address book, defaults first", security: signedIn, responses: { "200": data("Addresses", { type: "array", items: address }), ...errors(401) } },
    post: {
      operationId: "createAddress",
      summary: "Add an address (the first of a kind becomes its default)",
      security: signedIn,
      requestBody: jsonBody(ZAddressInput),
      responses: { "201": data("Address", address), ...errors(400, 401, [409, "CONFLICT: the address book is full"]) },
    },
  },
  "/me/addresses/{id}": {
    patch: {
      operationId: "updateAddress",
      summary: "Change some fields of one of your addresses; `isDefault: true` makes it the default of its kind",
      description: "The result is checked whole: a new country must agree with the postal code, old or new.",
      security: signedIn,
      parameters: [pathId("id")],
      requestBody: jsonBody(ZAddressPatch),
      responses: { "200": data("Address", address), ...errors(400, 401, 404) },
    },
    delete: {
      operationId: "deleteAddress",
      summary: "Remove one of your addresses",
      security: signedIn,
      parameters: [pathId("id")],
      responses: { "204": noContent, ...errors(401, 404) },
    },
  },
} as const;
