import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..", "..");

/** A failure of the benchmark itself (not a slow figure): the run exits non-zero with this message. */
export class HarnessError extends Error {}

export const say = (message: string) => console.log(`\x1b[36m[bench]\x1b[0m ${message}`);

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
