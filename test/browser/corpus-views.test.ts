import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest, startApp, type RunningApp } from './support/app-server.ts';
import { hasChromium, launchChromium, type Browser } from './support/chromium.ts';
import { userScenario } from './support/scenario.ts';

const scenario = userScenario();

/** The journey of the issue, as a user makes it: ingest, read, follow a quote, the network, the claims. */
describe.skipIf(!hasChromium)(`the corpus views, on ${scenario.name}`, () => {
  let server: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startApp();
    for (const other of scenario.others) await ingest(server, other);
    browser = await launchChromium();
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('ingests the article from the form and opens it', async () => {
    await page.goto(server.url);
    await page.getByLabel('Text or HTML').fill(scenario.main.text);
    await page.getByLabel('Title').fill(scenario.main.article.title);
    await page.getByLabel('Source').fill(scenario.main.article.source);
    await page.getByLabel('Published').fill(scenario.main.article.published);
    await page.getByRole('button', { name: 'Add to corpus' }).click();
    await page.getByTestId('article-text').waitFor();
    expect(page.url()).toMatch(/#\/article\//);
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe(scenario.main.article.title);
    expect(await page.getByTestId('article-text').textContent()).toBe(scenario.main.text);
  });

  it(`lists the quotes of ${scenario.speaker.source} and highlights them in the text`, async () => {
    const group = page.locator('.speaker-group').filter({ has: page.locator('h4', { hasText: scenario.speaker }) }).first();
    await group.waitFor();
    const items = group.getByTestId('quote-item');
    expect(await items.count()).toBeGreaterThan(0);
    // The group's colour is the colour of its quotes in the text.
    const colour = (await group.locator('.swatch').getAttribute('class'))!.split(' ').find((name) => name.startsWith('speaker-'))!;
    expect(await page.locator(`.article-text .layer-quote.${colour}`).count()).toBeGreaterThan(0);
  });

  it('lands on the span of the quote clicked', async () => {
    const group = page.locator('.speaker-group').filter({ has: page.locator('h4', { hasText: scenario.speaker }) }).first();
    const item = group.getByTestId('quote-item').first();
    const key = await item.getAttribute('data-key');
    await item.click();
    const focused = page.locator('.article-text .seg.focused');
    await focused.first().waitFor();
    expect(await focused.first().getAttribute('data-marks')).toContain(key!);
    expect(await focused.first().isVisible()).toBe(true);
    const box = await focused.first().boundingBox();
    const viewport = page.viewportSize()!;
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(viewport.height);
    // What the panel lists is what the text says there.
    const spanWords = (await focused.allTextContents()).join('').replace(/\s+/g, ' ').trim().split(' ').slice(0, 3).join(' ');
    expect(((await item.textContent()) ?? '').replace(/\s+/g, ' ')).toContain(spanWords);
  });

  it('finds the edge between the two leaders in the actor network', async () => {
    await page.getByRole('link', { name: 'Actor network' }).click();
    await page.getByTestId('edge-table').waitFor();
    const rows = page.getByTestId('edge-row');
    const pairs = await rows.evaluateAll((elements) => elements.map((element) => [element.getAttribute('data-source-name') ?? '', element.getAttribute('data-target-name') ?? '']));
    const [first, second] = scenario.edge;
    const found = pairs.findIndex(([source, target]) => (first.test(source!) && second.test(target!)) || (second.test(source!) && first.test(target!)));
    expect(found, JSON.stringify(pairs)).toBeGreaterThanOrEqual(0);
    await page.locator('[data-testid="network-graph"][data-rendered="true"]').waitFor();
    // Choosing the row highlights the edge in the graph too.
    await rows.nth(found).getByRole('button').click();
    expect(await rows.nth(found).getAttribute('class')).toContain('selected');
  });

  it('filters the network by event type', async () => {
    await page.getByLabel('ASSAULT').check();
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/type=ASSAULT/);
    await page.getByTestId('network-summary').waitFor();
    const types = await page.locator('[data-testid="edge-row"] .event-type').allTextContents();
    expect(types.every((type) => type === 'ASSAULT')).toBe(true);
  });

  it(`compares the claims about ${scenario.counted} across sources`, async () => {
    await page.getByRole('link', { name: 'Claims compared' }).click();
    await page.getByLabel('Counted thing').fill(scenario.counted);
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL(new RegExp(`counted=${scenario.counted}`));
    // The previous (unfiltered) page stays on screen until the filtered one replaces it.
    const groups = page.locator(`.claims[data-counted-filter="${scenario.counted}"]`).getByTestId('claim-group');
    await groups.first().waitFor();
    const counted = await groups.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-counted') ?? ''));
    expect(counted.length).toBeGreaterThan(0);
    expect(counted.every((text) => new RegExp(scenario.counted.slice(0, -1), 'i').test(text))).toBe(true);
    expect(await groups.first().locator('svg.claim-chart').count()).toBe(1);
  });

  it('lays the events on a timeline', async () => {
    await page.getByRole('link', { name: 'Timeline' }).click();
    await page.getByTestId('timeline-event').first().waitFor();
    const dates = await page.locator('.day time').evaluateAll((elements) => elements.map((element) => element.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort());
  });

  it('searches the corpus and opens a hit on its quote', async () => {
    await page.getByRole('link', { name: 'Search' }).click();
    await page.getByLabel('Search the corpus').fill(scenario.counted);
    await page.getByRole('button', { name: 'Search' }).click();
    const hit = page.getByTestId('search-hit').first();
    await hit.waitFor();
    expect(await hit.locator('mark').count()).toBeGreaterThan(0);
    await hit.locator('a.article-link').click();
    await page.getByTestId('article-text').waitFor();
  });

  it('opens the entity page of a speaker with its aliases, quotes and events', async () => {
    await page.goto(`${server.url}#/entities?name=${encodeURIComponent(scenario.edge[0].source)}`);
    await page.getByTestId('entity-aliases').waitFor();
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toMatch(scenario.edge[0]);
    expect(await page.getByTestId('entity-event').count()).toBeGreaterThan(0);
  });
});
