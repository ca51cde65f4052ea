import { mkdtempSync, openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentSchema } from '../../src/doc/schema/document.ts';
import { runCli } from '../support/run-cli.ts';

let folder = '';
const ARTICLE = 'Foreign Minister Elena Marsh met envoy Tomas Reyk on Tuesday. "We made progress," Marsh said.\n';
const SECOND = 'Envoy Tomas Reyk said on Monday that at least 40 trucks had crossed the border.\n';

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));
  writeFileSync(join(folder, 'article.txt'), ARTICLE);
  writeFileSync(join(folder, 'second.txt'), SECOND);
  writeFileSync(join(folder, 'empty.txt'), '');
  writeFileSync(join(folder, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(join(folder, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x74, 0x61, 0x6c, 0x6b, 0x73, 0x2e]));
  writeFileSync(join(folder, 'page.html'), '<html><head><title>Talks</title><meta property="article:published_time" content="2024-03-06"></head><body><article><h1>Talks</h1><p>Foreign Minister Elena Marsh met envoy Tomas Reyk in Geneva on Tuesday for talks about the corridor and the detainees.</p><p>"We made progress," Marsh said after the meeting, adding that at least 120 civilians had been evacuated.</p></article></body></html>');
  // A sparse 200 MB file: refused from its size before a byte is read.
  const huge = openSync(join(folder, 'huge.txt'), 'w');
  ftruncateSync(huge, 200 * 1024 * 1024);
  closeSync(huge);
});

describe('newsgraph extract', () => {
  it('writes a full JSON document that validates against the schema', () => {
    const result = runCli(['extract', join(folder, 'article.txt'), '--published', '2024-03-06', '--format', 'json']);
    expect(result.status).toBe(0);
    const doc = DocumentSchema.parse(JSON.parse(result.stdout));
    expect(doc.article.published).toBe('2024-03-06');
    expect(doc.text).toBe(ARTICLE);
  });

  it('reads stdin when the input is "-"', () => {
    const result = runCli(['extract', '-', '--format', 'json', '--id', 'piped'], { input: ARTICLE });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).article.id).toBe('piped');
  });

  it('prints a readable report with --format report', () => {
    const result = runCli(['extract', join(folder, 'article.txt'), '--format', 'report']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('WHO SAID WHAT');
    expect(result.stdout).toMatch(/“We made progress,”/);
  });

  it('reads stdin when no input is named and text is piped in', () => {
    const result = runCli(['extract', '--format', 'json'], { input: ARTICLE });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).text).toBe(ARTICLE);
  });

  it('writes one JSON array for several inputs with --format json', () => {
    const result = runCli(['extract', join(folder, 'article.txt'), join(folder, 'second.txt'), '--format', 'json']);
    expect(result.status).toBe(0);
    const docs = JSON.parse(result.stdout);
    expect(docs.map((doc: { article: { id: string } }) => doc.article.id)).toEqual([join(folder, 'article.txt'), join(folder, 'second.txt')]);
  });

  it('writes JSON lines by default for several inputs when piped, with no progress on a non-terminal', () => {
    const result = runCli(['extract', join(folder, 'article.txt'), join(folder, 'second.txt')]);
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n').map((line) => JSON.parse(line).text)).toEqual([ARTICLE, SECOND]);
    expect(result.stderr).toBe('');
  });

  it('documents its exit codes in its help', () => {
    const result = runCli(['extract', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Exit codes: 0 success, 1 when any input failed.*2 for usage errors/);
  });

  it('extracts the main text and publication date of an HTML page', () => {
    const result = runCli(['extract', join(folder, 'page.html'), '--format', 'json']);
    expect(result.status).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(doc.text).toContain('Foreign Minister Elena Marsh met envoy');
    expect(doc.text).not.toContain('<p>');
    expect(doc.article.published).toBe('2024-03-06');
  });

  it('exits with 2 on a usage error and says how to write the date', () => {
    const result = runCli(['extract', join(folder, 'article.txt'), '--published', 'last Tuesday']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/YYYY-MM-DD/);
  });

  it('exits with 2 on an unknown format', () => {
    expect(runCli(['extract', join(folder, 'article.txt'), '--format', 'xml']).status).toBe(2);
  });

  it('names each bad input and its problem, still processes the good ones, and exits with 1', () => {
    const inputs = ['image.png', 'huge.txt', 'latin1.txt', 'missing.txt', 'article.txt'].map((file) => join(folder, file));
    const result = runCli(['extract', ...inputs, '--format', 'jsonl']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/image\.png: this is PNG image, not text/);
    expect(result.stderr).toMatch(/huge\.txt: file is 200\.0 MB, over the 20\.0 MB limit/);
    expect(result.stderr).toMatch(/latin1\.txt: the text is not valid UTF-8.*--encoding/);
    expect(result.stderr).toMatch(/missing\.txt: file not found/);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).text).toBe(ARTICLE);
    expect(result.stderr).toMatch(/4 of 5 inputs failed/);
  });

  it('decodes a legacy encoding when told which one', () => {
    const result = runCli(['extract', join(folder, 'latin1.txt'), '--encoding', 'iso-8859-1', '--format', 'json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).text).toBe('Café talks.');
  });

  it('reports an empty article on stderr and still writes a document for it', () => {
    const result = runCli(['extract', join(folder, 'empty.txt'), '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/empty\.txt: The article has no text/);
    expect(JSON.parse(result.stdout).issues[0].code).toBe('EMPTY_TEXT');
  });
});

describe('newsgraph extract --jsonl', () => {
  it('answers every line with the same id, turning bad lines into error lines', () => {
    const batch = [
      JSON.stringify({ id: 'a1', text: ARTICLE, published: '2024-03-06' }),
      '{not json',
      JSON.stringify({ id: 'a3' }),
      JSON.stringify({ id: 'a4', html: '<html><body><p>Envoy Tomas Reyk said on Monday that talks would resume in Geneva next month.</p></body></html>' }),
    ].join('\n');
    const result = runCli(['extract', '--jsonl'], { input: batch });
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id ?? null)).toEqual(['a1', null, 'a3', 'a4']);
    expect(lines[1].error).toMatch(/stdin line 2: not valid JSON/);
    expect(lines[2].error).toMatch(/needs "text" or "html"/);
    expect(lines[3].text).toContain('Envoy Tomas Reyk said');
  });

  it('answers a batch longer than one extraction batch in input order, bad lines in their place', () => {
    const lines = Array.from({ length: 70 }, (_, index) => (index % 9 === 4 ? '{not json' : JSON.stringify({ id: `n${index}`, text: index % 2 === 0 ? ARTICLE : SECOND, published: '2024-03-06' })));
    const result = runCli(['extract', '--jsonl'], { input: lines.join('\n') });
    expect(result.status).toBe(1);
    const answers = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(answers.map((answer) => answer.id ?? answer.line)).toEqual(lines.map((line, index) => (line === '{not json' ? index + 1 : `n${index}`)));
    const entitiesOf = (answer: { entities: Array<{ name: string }> }) => answer.entities.map((entity) => entity.name);
    expect(entitiesOf(answers[68])).toEqual(entitiesOf(answers[0]));
    expect(entitiesOf(answers[0])).toContain('Elena Marsh');
  });

  it('prints a readable report per batch line with --format report', () => {
    const batch = [JSON.stringify({ id: 'a1', text: ARTICLE, published: '2024-03-06' }), JSON.stringify({ id: 'a2', text: SECOND })].join('\n');
    const result = runCli(['extract', '--jsonl', '--format', 'report'], { input: batch });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^a1\npublished 2024-03-06\n/);
    expect(result.stdout).toMatch(/\na2\n/);
    // Both articles report speech: a direct quote in the first, "Reyk said on Monday that …" in the second.
    expect(result.stdout.match(/WHO SAID WHAT/g)).toHaveLength(2);
  });
});
