// GET|POST /api/auth/* — next-auth's sign-in, sign-out, session and CSRF endpoints
import { otherMethods } from "@/lib/api/method-not-allowed";
import { handlers } from "@/lib/auth/next-auth";

export const { GET, POST } = handlers;

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET", "POST");
