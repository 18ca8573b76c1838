// GET /api/redoc — the same API reference as /api/docs, as one read-only page (Redoc's style)
import { referencePage } from "../docs/reference-page";
import { withApi } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";

export const GET = withApi(() => referencePage({ title: "Bazaar API reference", layout: "classic", readOnly: true }));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
