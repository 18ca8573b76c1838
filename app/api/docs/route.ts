// GET /api/docs — interactive documentation of /api/v1: authorize with a bearer token, send requests
import { withApi } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { referencePage } from "./reference-page";

export const GET = withApi(() => referencePage({ title: "Bazaar API", layout: "modern", readOnly: false }));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
