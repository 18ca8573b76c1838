// Input for the mobile API's tokens (sign-in, sign-up, refresh, sign-out) and for two-factor codes,
// shared by /api/v1/auth and the account's security page. No database here: the OpenAPI document
// is generated from these schemas.
import { z } from "zod";
import { withPasswordPolicy, ZPasswordSignInInput, ZRegisterFields } from "../accounts/accounts.schema";

/** The body of "confirm" and "disable": an authenticator code or a recovery code. */
export const ZTwoFactorCodeInput = z.object({
  code: z.string({ error: "Enter a code" }).trim().min(1, "Enter a code").max(64, "That is not a valid code"),
});

const deviceName = z.string({ error: "Name the device in a few words" }).trim().max(100, "Use at most 100 characters").optional();

export const ZLoginInput = ZPasswordSignInInput.extend({
  /** Required once the account has two-factor sign-in: an authenticator or recovery code. */
  code: z.string({ error: "Enter a code" }).trim().min(1, "Enter a code").max(64, "That is not a valid code").optional(),
  deviceName,
});

export const ZRegisterWithDeviceInput = withPasswordPolicy(ZRegisterFields.extend({ deviceName }));

// Holding the refresh token is the proof: an app can sign out even after its access token expired.
export const ZRefreshTokenInput = z.object({
  refreshToken: z.string({ error: "refreshToken is required" }).min(1, "refreshToken is required").max(512, "That is not a refresh token"),
});
