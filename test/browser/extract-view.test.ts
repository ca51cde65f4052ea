import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ingest, startApp, type RunningApp } from './support/app-server.ts';
import { HOSTILE_TEXT, sampleArticles } from './support/articles.ts';
import { hasChromium, launchChromium, type Browser } from './support/chromium.ts';

/** Pasting an article and analysing it without saving: the article view driven by /api/extract. */
describe.skipIf(!hasChromium)('the article view of a pasted article', () => {
  let server: RunningApp;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    server = await startApp();
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function analyse(text: string, published?: string): Promise<void> {
    await page.goto(server.url);
    await page.getByLabel('Text or HTML').fill(text);
    if (published) await page.getByLabel('Published').fill(published);
    await page.getByRole('button', { name: 'Analyse without saving' }).click();
    await page.getByTestId('article-text').waitFor();
  }

  it('renders the text verbatim, with quotes highlighted and listed beside it', async () => {
    const sample = sampleArticles()[0]!;
    await analyse(sample.text, sample.article.published);
    expect(await page.getByTestId('article-text').textContent()).toBe(sample.text);
    const quoteItems = page.getByTestId('quote-item');
    expect(await quoteItems.count()).toBeGreaterThan(0);
    expect(await page.locator('.article-text .layer-quote').count()).toBeGreaterThan(0);
  });

  it('scrolls to and highlights the span of the quote clicked in the side panel', async () => {
    const item = page.getByTestId('quote-item').last();
    await item.click();
    const focused = page.locator('.article-text .seg.focused');
    await focused.first().waitFor();
    const spanText = (await focused.allTextContents()).join('');
    const listed = (await item.textContent()) ?? '';
    // The panel shows an excerpt of the same words the highlighted span holds.
    const words = spanText.replace(/\s+/g, ' ').trim().split(' ').slice(0, 4).join(' ');
    expect(listed.replace(/\s+/g, ' ')).toContain(words);
    expect(await focused.first().isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('focused'))).toBe(true);
  });

  it('reaches the side panel items from the keyboard', async () => {
    // From the last layer switch, one Tab lands on the first quote of the panel; Enter jumps to it.
    await page.locator('.layer-toggles input').last().focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('quote-item');
    const key = await page.evaluate(() => document.activeElement?.getAttribute('data-key'));
    await page.keyboard.press('Enter');
    expect(await page.locator(`.article-text .seg.focused[data-marks~="${key}"]`).count()).toBeGreaterThan(0);
    // Space toggles a layer off and on again.
    await page.locator('.layer-toggles input[data-layer="quote"]').focus();
    await page.keyboard.press('Space');
    expect(await page.locator('.article-view.hide-quote').count()).toBe(1);
    await page.keyboard.press('Space');
    expect(await page.locator('.article-view.hide-quote').count()).toBe(0);
  });

  it('offers a skip link to the content as the first stop of the keyboard', async () => {
    await page.goto(`${server.url}#/`);
    await page.reload();
    await page.locator('main[data-ready]').waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('view');
    expect(page.url()).toMatch(/#\/$/);
  });

  it('shows a hostile article as text and runs none of its markup', async () => {
    await analyse(HOSTILE_TEXT, '2024-05-06');
    const shown = await page.getByTestId('article-text').textContent();
    expect(shown).toBe(HOSTILE_TEXT);
    expect(await page.locator('.article-text script, .article-text img, .article-text iframe, .article-text a, .article-text b').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    // The side panel quotes the same words, also as text.
    expect(await page.locator('.article-panel script, .article-panel img').count()).toBe(0);
  });

  it('stores a hostile article and shows it as text too, without links to script', async () => {
    const id = await ingest(server, { text: HOSTILE_TEXT, article: { id: 'hostile', title: '<img src=x onerror="window.__pwned=\'title\'">', url: 'javascript:window.__pwned="url"', source: '<script>window.__pwned="source"</script>' } });
    await page.goto(`${server.url}#/article/${id}`);
    await page.getByTestId('article-text').waitFor();
    expect(await page.getByTestId('article-text').textContent()).toBe(HOSTILE_TEXT);
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toContain('<img src=x');
    expect(await page.locator('a[href^="javascript:"], main img, main script').count()).toBe(0);
    await page.goto(`${server.url}#/`);
    await page.getByTestId('article-row').first().waitFor();
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it('shows the server\'s reason when the input cannot be analysed', async () => {
    await page.goto(server.url);
    await page.getByLabel('Text or HTML').fill('<html><body></body></html>');
    await page.getByLabel('Input is').selectOption('html');
    await page.getByRole('button', { name: 'Analyse without saving' }).click();
    await expect.poll(() => page.locator('form.add-article [role=alert]').textContent()).toMatch(/no readable main text/);
  });
});
