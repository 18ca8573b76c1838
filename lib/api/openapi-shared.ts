// Pieces shared by the OpenAPI operation files.

export const errorResponse = {
  description: "Error",
  content: {
    "application/json": {
      schema: {
        type: "object",
        required: ["error"],
        properties: {
          error: {
            type: "object",
            required: ["code", "message", "requestId"],
            properties: {
              code: { type: "string", examples: ["NOT_FOUND", "VALIDATION_FAILED", "UNAUTHENTICATED", "RATE_LIMITED"] },
              message: { type: "string" },
              fields: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
              requestId: { type: "string" },
            },
          },
        },
      },
    },
  },
};
