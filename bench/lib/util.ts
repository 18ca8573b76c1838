import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..", "..");

/** A failure of the benchmark itself (not a slow figure): the run exits non-zero with this message. */
export class HarnessError extends Error {}

export const say = (message: string) => console.log(`\x1b[36m[bench]\x1b[0m ${message}`);

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads a whole-number `--name=value` argument within bounds; out of bounds, fails with the usage. */
export const wholeNumberArg = (usage: string) => (name: string, value: string, min: number, max: number) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new HarnessError(`--${name} must be a whole number from ${min} to ${max}\n${usage}`);
  return n;
};
