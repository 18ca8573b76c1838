// Every spec imports `test` and `expect` from here. Besides Playwright's own fixtures it checks
// every page a test visits, in every browser context the test opens through `newContext`:
//   - axe-core with the WCAG 2.0/2.1 A and AA rules, at 1280 px: no serious or critical violation;
//   - at a phone's width (390 px) the page does not scroll sideways.
// The checks run on a second tab of the same context (same cookies, so the same signed-in state)
// while the test goes on, one page at a time and each once the test has moved on from it, so they
// never race the test's own clicks; the test fails at its end with every problem found.
import { AxeBuilder } from "@axe-core/playwright";
import { test as base, expect, type BrowserContext, type Page, type TestInfo } from "@playwright/test";

export { expect };

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const FAILING_IMPACTS = new Set(["serious", "critical"]);

/** Serious and critical WCAG 2.1 A/AA violations on the page as it is now, one line each. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  // Only violations: axe's report of what passed costs as much again to build, and nobody reads it here.
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).options({ resultTypes: ["violations"] }).analyze();
  return results.violations
    .filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ""))
    .map((violation) => {
      const targets = violation.nodes.slice(0, 5).map((node) => `${node.target.join(" ")}${node.failureSummary ? ` (${node.failureSummary.replace(/\s+/g, " ").slice(0, 160)})` : ""}`);
      return `axe ${violation.id} [${violation.impact}] ×${violation.nodes.length}: ${violation.help}\n      ${targets.join("\n      ")}`;
    });
}

/** Whether the page scrolls sideways at its current width, and which elements stick out. */
export async function overflowProblems(page: Page): Promise<string[]> {
  const found = await page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    if (root.scrollWidth <= width) return null;
    // The outermost elements that reach past the right edge, to say where to look.
    const culprits: string[] = [];
    for (const element of Array.from(document.body.querySelectorAll<HTMLElement>("*"))) {
      if (element.getBoundingClientRect().right <= width + 1) continue;
      const parent = element.parentElement;
      if (parent && parent !== document.body && parent.getBoundingClientRect().right > width + 1) continue;
      const name = element.tagName.toLowerCase() + (element.id ? `#${element.id}` : "") + (element.className && typeof element.className === "string" ? `.${element.className.trim().split(/\s+/).slice(0, 4).join(".")}` : "");
      culprits.push(`${name} (right edge ${Math.round(element.getBoundingClientRect().right)} px)`);
      if (culprits.length >= 5) break;
    }
    return { scrollWidth: root.scrollWidth, width, culprits };
  });
  return found ? [`scrolls sideways: ${found.scrollWidth} px wide in a ${found.width} px viewport; ${found.culprits.join(", ")}`] : [];
}

/** Checks each URL a watched page lands on, in a spare tab of the same context. */
class PageChecker {
  readonly problems: string[] = [];
  private readonly seen = new Set<string>();
  private queue: Promise<void> = Promise.resolve();
  private spare: Page | null = null;
  private pending = 0;

  constructor(private readonly context: BrowserContext) {
    for (const page of context.pages()) this.watch(page);
    context.on("page", (page) => {
      if (page !== this.spare) this.watch(page);
    });
  }

  /** Pages being watched, each with the URL it shows now: checked once the page moves on. */
  private readonly showing = new Map<Page, string>();

  private watch(page: Page) {
    page.on("framenavigated", (frame) => {
      if (frame !== page.mainFrame() || !frame.url().startsWith("http")) return;
      // A page is checked after the test has left it, so the spare tab never loads the page the
      // test is on at the same moment (one-time notices, live updates and the like stay the test's).
      const left = this.showing.get(page);
      this.showing.set(page, frame.url());
      if (left && left !== frame.url()) this.enqueue(left);
    });
    page.on("close", () => this.leave(page));
  }

  private leave(page: Page) {
    const left = this.showing.get(page);
    this.showing.delete(page);
    if (left) this.enqueue(left);
  }

  private enqueue(url: string) {
    if (this.seen.has(url)) return;
    this.seen.add(url);
    this.pending += 1;
    this.queue = this.queue.then(() => this.check(url)).finally(() => (this.pending -= 1));
  }

  private async check(url: string) {
    try {
      this.spare ??= await this.context.newPage();
      const page = this.spare;
      await page.setViewportSize(DESKTOP);
      const response = await page.goto(url, { waitUntil: "load" });
      if (!response || !(response.headers()["content-type"] ?? "").includes("text/html")) return;
      const path = new URL(page.url()).pathname + new URL(page.url()).search;
      // The header's per-visitor part loads in the browser: axe reads the page once it is there.
      await page.locator('nav[aria-label="Account"][aria-busy="false"]').waitFor({ timeout: 5_000 }).catch(() => undefined);
      for (const problem of await accessibilityProblems(page)) this.problems.push(`${path} @${DESKTOP.width}px: ${problem}`);
      // axe once, at the desktop width (it costs seconds a page on this machine); the phone width is for layout.
      await page.setViewportSize(PHONE);
      await page.waitForTimeout(100);
      for (const problem of await overflowProblems(page)) this.problems.push(`${path} @${PHONE.width}px: ${problem}`);
    } catch (error) {
      this.problems.push(`${url}: the check could not run: ${String(error).split("\n")[0]}`);
    }
  }

  /** Waits for the checks still queued (giving them time beyond the test's own) and closes the spare tab. */
  async drain(testInfo: TestInfo) {
    for (const page of [...this.showing.keys()]) this.leave(page);
    if (this.pending > 0) testInfo.setTimeout(testInfo.timeout + this.pending * 15_000);
    await this.queue;
    await this.spare?.close().catch(() => undefined);
    this.spare = null;
  }
}

type Fixtures = {
  /** A new browser context (another person's browser) whose pages are checked like the test's own. */
  newContext: () => Promise<BrowserContext>;
  pageChecks: PageChecker[];
};

export const test = base.extend<Fixtures>({
  pageChecks: async ({}, provide, testInfo) => {
    const checkers: PageChecker[] = [];
    await provide(checkers);
    const problems = [...new Set(checkers.flatMap((checker) => checker.problems))];
    if (problems.length > 0) await testInfo.attach("page-checks.txt", { body: problems.join("\n"), contentType: "text/plain" });
    expect(problems, `Accessibility (WCAG 2.1 A/AA, serious and critical) and phone-width problems on the pages this test visited:\n${problems.join("\n")}`).toEqual([]);
  },
  context: async ({ context, pageChecks }, provide, testInfo) => {
    const checker = new PageChecker(context);
    pageChecks.push(checker);
    await provide(context);
    await checker.drain(testInfo);
  },
  newContext: async ({ browser, pageChecks }, provide, testInfo) => {
    const opened: BrowserContext[] = [];
    await provide(async () => {
      const context = await browser.newContext();
      const checker = new PageChecker(context);
      pageChecks.push(checker);
      // A test closing this browser first lets its pages' checks finish.
      const close = context.close.bind(context);
      context.close = async (options) => {
        await checker.drain(testInfo);
        await close(options);
      };
      opened.push(context);
      return context;
    });
    for (const context of opened) await context.close();
  },
});
