// Runs once when the Next.js server starts, before it serves a request.
export async function register() {
  // Jobs enqueued by this server run in it when Inngest is not configured: give the runner the job
  // list (see lib/jobs/README.md). Only the Node.js runtime runs jobs.
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./inngest/register");
}
