/**
 * `npm run screenshots`: the README's pictures of each view, taken in headless Chromium from a
 * corpus of the team's own articles (samples/ and the web test fixtures — never ../shared, whose
 * texts must not end up in the repository, not even as pixels).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryPath } from '../eval/data-root.ts';
import { HARBOUR_TALKS, SECOND_SOURCE } from '../test/browser/fixtures/index.ts';
import { sampleArticles } from '../test/browser/support/articles.ts';
import { ingest, startApp } from '../test/browser/support/app-server.ts';
import { hasChromium, CHROMIUM_PATH, launchChromium } from '../test/browser/support/chromium.ts';

const OUTPUT = repositoryPath('docs', 'screenshots');
const VIEWPORT = { width: 1280, height: 760 };

if (!hasChromium) {
  console.error(`newsgraph: no Chromium at ${CHROMIUM_PATH} — install it with \`apt-get install chromium\` (or set NEWSGRAPH_CHROMIUM) and run again`);
  process.exit(1);
}

mkdirSync(OUTPUT, { recursive: true });
const server = await startApp();
const browser = await launchChromium(VIEWPORT);
try {
  for (const article of [HARBOUR_TALKS, SECOND_SOURCE, ...sampleArticles()]) await ingest(server, article);
  const page = await browser.context.newPage();
  const shoot = async (name: string) => {
    const path = join(OUTPUT, `${name}.png`);
    await page.screenshot({ path });
    console.log(`wrote ${path}`);
  };

  await page.goto(`${server.url}#/article/${HARBOUR_TALKS.article.id}`);
  await page.getByTestId('quote-item').first().click();
  await shoot('article');

  await page.goto(`${server.url}#/network`);
  await page.locator('[data-testid="network-graph"][data-rendered="true"]').waitFor();
  await page.waitForTimeout(300);
  await shoot('network');

  await page.goto(`${server.url}#/timeline`);
  await page.getByTestId('timeline-event').first().waitFor();
  await shoot('timeline');

  await page.goto(`${server.url}#/claims?counted=prisoners`);
  await page.getByTestId('claim-group').first().waitFor();
  await shoot('claims');

  await page.goto(`${server.url}#/entities?name=Sorel`);
  await page.getByTestId('entity-aliases').waitFor();
  await shoot('entity');

  await page.goto(`${server.url}#/search?q=detainees`);
  await page.getByTestId('search-hit').first().waitFor();
  await shoot('search');
} finally {
  await browser.close();
  await server.close();
}
