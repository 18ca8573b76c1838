// POST /api/v1/auth/verify-email/resend — email the signed-in user a new verification code (throttled)
import { sendEmailVerificationCode } from "@/lib/accounts/email-verification";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { requestContext, withAuth } from "@/lib/api/with-auth";

export const POST = withAuth(async (request, { actor }) => {
  await sendEmailVerificationCode({ userId: actor.userId }, requestContext(request));
  return new Response(null, { status: 204 });
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
