// The results table: each figure next to its target from the storefront performance issue.
import type { LoadFigures } from "./load";

export interface Target {
  /** Shown in the table, e.g. "p95 ≤ 50 ms". */
  label: string;
  met(figures: LoadFigures): boolean;
}

export interface ScenarioResult {
  name: string;
  path: string;
  note?: string;
  target?: Target;
  unique?: boolean;
  figures: LoadFigures;
}

const ms = (value: number) => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : Math.round(value)} ms` : "—");

export function failures(f: LoadFigures): number {
  return f.errors + f.timeouts + f.non2xx;
}

export function verdict(result: ScenarioResult): "PASS" | "MISS" | "" {
  if (!result.target) return "";
  return result.target.met(result.figures) ? "PASS" : "MISS";
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((cell, i) => (i <= 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  return [line(rows[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n");
}

export function formatResults(results: ScenarioResult[]): string {
  const header = ["Scenario", "Request", "Conns", "Reqs", "Req/s", "p50", "p95", "p99", "Errors", "Target", "Result", "CPU srv/pg/gen"];
  const rows = results.map(({ name, path, target, figures: f, ...rest }) => [
    name,
    path,
    String(f.connections),
    String(f.responses),
    f.rps.toFixed(1),
    ms(f.p50),
    ms(f.p95),
    ms(f.p99),
    failures(f) === 0 ? "0" : `${failures(f)} (${Object.entries(f.statusCodes).filter(([c]) => !c.startsWith("2")).map(([c, n]) => `${n}×${c}`).concat(f.errors ? [`${f.errors} err`] : []).join(", ")})`,
    target?.label ?? "—",
    verdict({ name, path, target, figures: f, ...rest }),
    f.cpu ? `${f.cpu.server}/${f.cpu.postgres}/${f.cpu.loadGenerator}%` : "—",
  ]);
  return table([header, ...rows]);
}
