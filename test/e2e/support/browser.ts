import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect, onTestFailed } from 'vitest';

/** Debian's Chromium (`apt-get install chromium`); Playwright never downloads a browser here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where a failed test leaves its screenshot and trace (gitignored). */
export const ARTIFACTS = path.resolve('.e2e-artifacts');

export interface LaunchedBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Headless Chromium with the flags this machine needs: no sandbox (root), no GPU, and none of
 * the background connections a closed network refuses. Playwright gives it a fresh, empty
 * profile (a temporary user-data-dir) and removes it on close.
 */
export async function launchChromium(): Promise<LaunchedBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium)`);
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    timeout: 120_000,
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

/**
 * A browser context for one user, traced; when the running test fails, its screenshot and trace
 * are kept under .e2e-artifacts/ (open the trace with `npx playwright-core show-trace`).
 */
export async function tracedContext(
  browser: Browser,
  name: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  context.setDefaultTimeout(30_000);
  context.setDefaultNavigationTimeout(60_000);
  await context.tracing.start({ screenshots: true, snapshots: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  onTestFailed(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const base = path.join(ARTIFACTS, `${name}-${Date.now()}`);
    await page.screenshot({ path: `${base}.png`, fullPage: true }).catch(() => undefined);
    await context.tracing.stop({ path: `${base}-trace.zip` }).catch(() => undefined);
    console.error(`kept ${base}.png and ${base}-trace.zip; browser said:\n${problems.join('\n')}`);
  });
  return { context, page };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: unknown[];
}

/**
 * axe-core on the page as it is now: fails on any serious or critical violation. Evaluated
 * through the DevTools protocol, so the app's Content-Security-Policy stays as it is.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations.map(
      ({ id, impact, help, nodes }) => ({ id, impact, help, targets: nodes.map((node) => node.target) })))`,
  )) as AxeViolation[];
  const serious = violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(
    serious.map(
      (violation) =>
        `${screen}: ${violation.impact} ${violation.id} (${violation.help}) at ${JSON.stringify(violation.targets)}`,
    ),
  ).toEqual([]);
}
