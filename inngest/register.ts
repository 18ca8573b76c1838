// Import this once in any process that enqueues jobs, before it does: it gives the in-process
// runner (lib/jobs) the job list, which lib cannot import itself (the jobs import lib). The Next.js
// server imports it from instrumentation.ts, vitest from its setup files, a script at its top.
// The job files are imported when a job is first needed, so importing this costs nothing.
import { registerJobs } from "@/lib/jobs";

registerJobs(() => import("./index").then((jobs) => jobs.functions));
