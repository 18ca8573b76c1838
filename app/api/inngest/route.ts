// GET, POST, PUT /api/inngest — Inngest's endpoint (sync and run jobs); 404 when jobs run in-process
import { functions } from "@/inngest";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { inngestRouteHandlers } from "@/lib/jobs/serve";

export const { GET, POST, PUT } = inngestRouteHandlers(functions);

export const { PATCH, DELETE, OPTIONS } = otherMethods("GET", "POST", "PUT");
