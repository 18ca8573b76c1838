// A scoped logger: one JSON line per event, with the request id of the request being served.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

type Level = "debug" | "info" | "warn" | "error";
const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

interface RequestContext {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function newRequestId(): string {
  return randomUUID();
}

/** Runs fn with a request id that every log line (and error response) inside it carries. */
export function withRequestContext<T>(requestId: string, fn: () => T): T {
  return storage.run({ requestId }, fn);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

function threshold(): number {
  const level = (process.env.LOG_LEVEL ?? "info") as Level;
  return order[level] ?? order.info;
}

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export function logger(scope: string): Logger {
  const write = (level: Level, message: string, fields?: Record<string, unknown>) => {
    if (order[level] < threshold()) return;
    const line: Record<string, unknown> = { level, time: new Date().toISOString(), scope, message };
    const requestId = currentRequestId();
    if (requestId) line.requestId = requestId;
    if (fields) {
      for (const [key, value] of Object.entries(fields)) {
        line[key] = value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value;
      }
    }
    const text = JSON.stringify(line);
    if (level === "error" || level === "warn") console.error(text);
    else console.log(text);
  };
  return {
    debug: (m, f) => write("debug", m, f),
    info: (m, f) => write("info", m, f),
    warn: (m, f) => write("warn", m, f),
    error: (m, f) => write("error", m, f),
  };
}
