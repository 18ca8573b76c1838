// Runs once when the Next.js server starts, before it serves a request.
export async function register() {
  // Jobs enqueued by this server run in it when Inngest is not configured: give the runner the job
  // list (see lib/jobs/README.md). Only the Node.js runtime runs jobs.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await import("./inngest/register");
  // Scheduled jobs run on this server's clock when Inngest is not configured. Started after the
  // server is up: the job list is imported for it, and that need not delay the first request.
  const { startScheduler } = await import("./lib/jobs");
  setTimeout(() => void startScheduler().catch((error) => console.error("scheduled jobs not started", error)), 5_000).unref();
}
