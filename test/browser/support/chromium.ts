import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); CI installs it, a developer machine may not have it. */
export const CHROMIUM_PATH = process.env.NEWSGRAPH_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);

if (!hasChromium) {
  // Visible in the test output, so a green run without a browser is never mistaken for a full one.
  console.warn(`[newsgraph] no Chromium at ${CHROMIUM_PATH} (apt-get install chromium): the browser tests are skipped.`);
}

/** Flags for a quiet, offline, sandbox-free headless run (we run as root in CI). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh profile every time, so no state leaks between runs. */
export async function launchChromium(viewport = { width: 1366, height: 860 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'newsgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    deviceScaleFactor: 1,
  });
  // Fail fast and readably rather than at the test runner's time limit.
  context.setDefaultTimeout(10_000);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
