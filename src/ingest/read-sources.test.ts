import { closeSync, ftruncateSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CYRILLIC_TEXT, writeInputFiles } from '../../test/corpus/fixtures.ts';
import { expandInputs } from './expand-inputs.ts';
import { readEntry, readSources, type SourceArticle, type SourceEvent } from './read-sources.ts';

let folder = '';
let files: Record<string, string> = {};

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'newsgraph-sources-'));
  files = writeInputFiles(folder);
});

async function eventsOf(path: string, options = {}): Promise<SourceEvent[]> {
  const events: SourceEvent[] = [];
  for await (const event of readSources(expandInputs([path]).entries, options)) events.push(event);
  return events;
}

async function articlesOf(path: string, options = {}): Promise<SourceArticle[]> {
  return (await eventsOf(path, options)).flatMap((event) => (event.kind === 'article' ? [event.value] : []));
}

describe('readSources', () => {
  it('reads a plain-text file unchanged, with its headline line as title', async () => {
    const [article] = await articlesOf(files.text!);
    expect(article!.text.startsWith('Marrow Bay quay to reopen\n\nHarbour officials')).toBe(true);
    expect(article!.article.title).toBe('Marrow Bay quay to reopen');
    expect(article!.article.id).toMatch(/^a-[0-9a-f]{12}$/);
  });

  it('reads an HTML page: main text without navigation, cookie notice or footer, and its metadata', async () => {
    const [article] = await articlesOf(files.page!);
    expect(article!.text).toContain('The grain terminal at Kell Point reopened on Wednesday');
    expect(article!.text).not.toMatch(/cookies|Most read|All rights reserved|Storm damages quay/);
    expect(article!.article).toMatchObject({ title: 'Kell Point grain terminal reopens', published: '2024-05-22T09:30:00+02:00', byline: 'Ines Marlow', source: 'Coast Herald', url: 'https://coast-herald.example/kell-point-terminal', language: 'en' });
  });

  it('reads every item of an RSS feed, preferring full content to the teaser', async () => {
    const events = await eventsOf(files.rss!);
    const articles = events.flatMap((event) => (event.kind === 'article' ? [event.value] : []));
    expect(articles.map((article) => article.article.title)).toEqual(['Harbour repairs finished', 'Ferry timetable changes']);
    expect(articles[0]!.text).toBe('Repairs to the northern quay of Marrow Bay were finished on Monday, the harbour authority said.\n"The cranes are back in service," port director Anselm Vey said, adding that about 300 dock workers would return.');
    expect(articles[0]!.article).toMatchObject({ published: '2024-05-21T08:00:00+02:00', byline: 'Ines Marlow', source: 'Coast Herald', url: 'https://coast-herald.example/repairs' });
    expect(articles[1]!.text).toBe('The summer ferry timetable starts on June 1 & adds two crossings a day.');
    expect(events.find((event) => event.kind === 'skipped')).toMatchObject({ reason: expect.stringMatching(/no text.*--fetch/) });
  });

  it('reads Atom (escaped HTML content), RDF and JSON Feed items', async () => {
    const [atom] = await articlesOf(files.atom!);
    expect(atom!.text).toBe('Delegations from Valdoria and Ostrava met in Geneva on Tuesday for a second round of ceasefire talks.');
    expect(atom!.article).toMatchObject({ published: '2024-03-06T07:00:00Z', byline: 'Tomas Brill', source: 'Valdoria Wire', url: 'https://valdoria-wire.example/talks' });
    const [rdf] = await articlesOf(files.rdf!);
    expect(rdf!.article).toMatchObject({ title: 'Drought appeal', published: '2024-08-14', url: 'https://orchard-news.example/drought' });
    const [json] = await articlesOf(files.jsonFeed!);
    expect(json!.text).toBe('The Kell Point council met on Thursday to discuss the harbour budget.');
  });

  it('decodes a windows-1251 feed from its XML declaration', async () => {
    const [article] = await articlesOf(files.cyrillic!);
    expect(article!.text).toBe(CYRILLIC_TEXT);
  });

  it('opens a gzip-compressed feed saved as .xml', async () => {
    const [article] = await articlesOf(files.gzipFeed!);
    expect(article!.text).toContain('third round of ceasefire talks');
  });

  it('reads each line of a .jsonl batch and turns a broken line into a failure naming it', async () => {
    const events = await eventsOf(files.batch!);
    expect(events.map((event) => event.kind)).toEqual(['article', 'failed', 'article']);
    expect(events[1]).toMatchObject({ input: `${files.batch} line 2`, problem: expect.stringMatching(/not valid JSON/) });
    expect(events[0]).toMatchObject({ value: { article: { id: 'batch-1', source: 'Coast Wire', published: '2024-05-24' } } });
  });

  it('walks a folder recursively in a stable order, passing over files that are not articles', () => {
    const { entries, passedOver } = expandInputs([folder]);
    const names = entries.map((entry) => entry.input.slice(folder.length + 1));
    expect(names).toEqual(['batch.jsonl', 'bulletin.json', 'compressed.xml', 'feed.rss', 'nested/deeper/atom.xml', 'nested/page.html', 'nested/reprint.txt', 'orchard.rdf', 'port-1251.xml', 'wire.txt']);
    expect(passedOver).toBe(1);
  });

  it('fills in the outlet and date given for articles that carry none', async () => {
    const [article] = await articlesOf(files.text!, { defaults: { source: 'Coast Wire', published: '2024-05-21' } });
    expect(article!.article).toMatchObject({ source: 'Coast Wire', published: '2024-05-21' });
  });
});

describe('readSources on bad inputs', () => {
  async function problemOf(name: string, content: Buffer | string, options = {}): Promise<string> {
    const path = join(folder, name);
    writeFileSync(path, content);
    const events = await eventsOf(path, options);
    expect(events).toHaveLength(1);
    const event = events[0]!;
    if (event.kind !== 'failed') throw new Error(`${name} did not fail: ${JSON.stringify(event)}`);
    expect(event.input).toBe(path);
    return event.problem;
  }

  it('names a binary file', async () => {
    expect(await problemOf('scan.txt', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0, 1, 2]))).toMatch(/PDF document, not text/);
  });

  it('names an empty file', async () => {
    expect(await problemOf('empty.txt', '')).toMatch(/empty/);
  });

  it('names a feed that is not well-formed beyond repair', async () => {
    expect(await problemOf('broken.rss', '<rss><channel><item title="never closed></item></channel></rss>')).toMatch(/not a readable feed \(.+\) — check that the file is a complete RSS or Atom feed/);
  });

  it('still reads a feed cut off in the middle of a tag', async () => {
    const path = join(folder, 'cut.rss');
    writeFileSync(path, '<rss><channel><item><title>Quay reopens</title><description>The northern quay reopened on Monday.</description></item></chan');
    expect((await articlesOf(path)).map((article) => article.text)).toEqual(['The northern quay reopened on Monday.']);
  });

  it('names a file over the size limit without reading it', async () => {
    const path = join(folder, 'huge.txt');
    const handle = openSync(path, 'w');
    ftruncateSync(handle, 200 * 1024 * 1024);
    closeSync(handle);
    const [event] = await eventsOf(path);
    expect(event).toMatchObject({ kind: 'failed', problem: expect.stringMatching(/200\.0 MB, over the 20\.0 MB limit/) });
  });

  it('names bytes whose encoding cannot be recognised', async () => {
    expect(await problemOf('noise.txt', Buffer.from(Array.from({ length: 400 }, (_, index) => 0x80 + ((index * 37) % 32))))).toMatch(/encoding cannot be recognised.*--encoding/);
  });

  it('names a missing file and a URL given without --fetch', async () => {
    const events: SourceEvent[] = [];
    for await (const event of readEntry({ kind: 'missing', input: 'nowhere.txt' })) events.push(event);
    for await (const event of readEntry({ kind: 'url', input: 'https://example.org/a' })) events.push(event);
    expect(events).toEqual([
      { kind: 'failed', input: 'nowhere.txt', problem: 'file not found or not readable — check the path' },
      { kind: 'failed', input: 'https://example.org/a', problem: 'is a URL, and fetching is off — pass --fetch to download it' },
    ]);
  });
});
