// /api/* that no route handles — the API's JSON 404 for every method, not the site's HTML page.
import { withApi } from "@/lib/api/handler";
import { notFound } from "@/lib/errors";

const answer = withApi(async () => {
  throw notFound("API route");
});

export const GET = answer;
export const POST = answer;
export const PUT = answer;
export const PATCH = answer;
export const DELETE = answer;
export const OPTIONS = answer;
