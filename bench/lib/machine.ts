import { execFileSync } from "node:child_process";
import os from "node:os";
import { root } from "./util";

/** What a result file records of where it was measured, so runs on different machines or commits are not compared blind. */
export function describeMachine() {
  const git = (...args: string[]) => {
    try {
      return execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim();
    } catch {
      return "";
    }
  };
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    commit: git("rev-parse", "--short", "HEAD"),
    uncommittedChanges: git("status", "--porcelain").split("\n").filter(Boolean).length,
  };
}
