import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryPath } from '../../eval/data-root.ts';
import { loadSampleArticles } from '../../src/ingest/samples.ts';
import { runCli } from '../support/run-cli.ts';
import { PAGE_HTML, writeInputFiles } from './fixtures.ts';

let folder = '';
let inputs = '';
let db = '';

/** Two outlets counting the same hostages differently, and a speaker quoted in both. */
const COMPARISON_BATCH = [
  { id: 'wire-1', source: 'Valdoria Wire', published: '2024-03-06', text: 'Fewer than 200 hostages remain in the border camps, the Red Lantern Society said on Tuesday.\n\n"We will not stop until every one of them is home," Foreign Minister Elena Marsh said.' },
  { id: 'daily-1', source: 'Ostrava Daily', published: '2024-03-07', text: 'Officials in Ostrava said 224 hostages were still held in the border camps on Wednesday.\n\n"The numbers are a serious underestimate," Foreign Minister Elena Marsh said.' },
].map((line) => JSON.stringify(line)).join('\n');

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'newsgraph-cli-corpus-'));
  inputs = join(folder, 'inputs');
  mkdirSync(inputs);
  writeInputFiles(inputs);
  db = join(folder, 'corpus.db');
  writeFileSync(join(folder, 'comparison.jsonl'), COMPARISON_BATCH);
});

function count(sql: string): number {
  const connection = new Database(db, { readonly: true });
  try {
    return (connection.prepare(sql).get() as { n: number }).n;
  } finally {
    connection.close();
  }
}

describe('newsgraph ingest', () => {
  it('ingests a folder, names the one bad batch line, and adds nothing on the second run', () => {
    const first = runCli(['ingest', inputs, join(folder, 'comparison.jsonl'), '--db', db]);
    expect(first.status).toBe(1);
    expect(first.stderr).toMatch(/batch\.jsonl line 2: not valid JSON/);
    expect(first.stderr).toMatch(/Done: 13 added, 0 re-extracted, 0 already in the corpus, 1 duplicates linked to their original, 1 skipped, 1 failed/);
    expect(first.stderr).toMatch(/Skipped 1: the feed item has no text \(pass --fetch/);
    const second = runCli(['ingest', inputs, join(folder, 'comparison.jsonl'), '--db', db]);
    expect(second.stderr).toMatch(/Done: 0 added, 0 re-extracted, 14 already in the corpus, 0 duplicates/);
    expect(count('SELECT count(*) AS n FROM articles')).toBe(14);
  });

  it('names each bad input and what to do, and still ingests the good one', () => {
    const huge = join(folder, 'huge.txt');
    const handle = openSync(huge, 'w');
    ftruncateSync(handle, 200 * 1024 * 1024);
    closeSync(handle);
    const image = join(inputs, 'photo.png');
    const empty = join(folder, 'empty.txt');
    writeFileSync(empty, '');
    const good = join(folder, 'good.txt');
    writeFileSync(good, 'The Kell Point council approved the harbour budget on Thursday after a long debate about the repairs.');
    const result = runCli(['ingest', image, huge, empty, join(folder, 'missing.txt'), 'https://example.org/story', good, '--db', join(folder, 'bad.db')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/photo\.png: this is PNG image, not text — give newsgraph plain text, HTML/);
    expect(result.stderr).toMatch(/huge\.txt: file is 200\.0 MB, over the 20\.0 MB limit — split it, or raise --max-bytes/);
    expect(result.stderr).toMatch(/empty\.txt: the file is empty/);
    expect(result.stderr).toMatch(/missing\.txt: file not found or not readable — check the path/);
    expect(result.stderr).toMatch(/https:\/\/example\.org\/story: is a URL, and fetching is off — pass --fetch/);
    expect(result.stderr).toMatch(/Done: 1 added.*5 failed/);
  });

  it('keeps every article committed before the process was killed, and finishes on the next run', async () => {
    const many = join(folder, 'many');
    mkdirSync(many);
    for (let index = 0; index < 120; index += 1) {
      writeFileSync(join(many, `story-${String(index).padStart(3, '0')}.txt`), `Story ${index}: the council of Kell Point ward ${index} met on Monday to discuss repairs to street ${index * 7} and the budget of ${index * 1000} crowns.`);
    }
    const killedDb = join(folder, 'killed.db');
    const child = spawn(process.execPath, [repositoryPath('bin', 'newsgraph.js'), 'ingest', many, '--db', killedDb], { stdio: 'ignore' });
    const committed = await new Promise<number>((resolve) => {
      const poll = setInterval(() => {
        let articles = 0;
        try {
          const connection = new Database(killedDb, { readonly: true, fileMustExist: true });
          articles = (connection.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
          connection.close();
        } catch {
          return; // not created yet
        }
        if (articles >= 10 || child.exitCode !== null) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve(articles);
        }
      }, 20);
    });
    await new Promise((resolve) => child.once('exit', resolve));
    expect(committed).toBeGreaterThanOrEqual(10);
    const rerun = runCli(['ingest', many, '--db', killedDb]);
    const done = /Done: (\d+) added, 0 re-extracted, (\d+) already in the corpus/.exec(rerun.stderr);
    expect(Number(done?.[2])).toBeGreaterThanOrEqual(committed);
    expect(Number(done?.[1]) + Number(done?.[2])).toBe(120);
    const connection = new Database(killedDb, { readonly: true });
    expect((connection.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n).toBe(120);
    expect(connection.pragma('integrity_check', { simple: true })).toBe('ok');
    connection.close();
  });
});

describe('newsgraph ingest --fetch', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/feed.rss') {
        response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
        response.end(`<rss><channel><title>Coast Herald</title><item><title>Terminal reopens</title><link>${base}/page.html</link><description>Teaser.</description></item></channel></rss>`);
      } else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE_HTML);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  /** The server lives in this process, so the CLI must run without blocking it. */
  async function runCliAsync(args: readonly string[]): Promise<{ stderr: string }> {
    const child = spawn(process.execPath, [repositoryPath('bin', 'newsgraph.js'), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await once(child, 'exit');
    return { stderr };
  }

  it('refuses a loopback URL unless --allow-private-hosts is given, then reads the linked page of a summary-only item', async () => {
    const fetchDb = join(folder, 'fetch.db');
    const refused = await runCliAsync(['ingest', `${base}/feed.rss`, '--fetch', '--db', fetchDb]);
    expect(refused.stderr).toMatch(/private or loopback address — pass --allow-private-hosts/);
    const allowed = await runCliAsync(['ingest', `${base}/feed.rss`, '--fetch', '--allow-private-hosts', '--db', fetchDb]);
    expect(allowed.stderr).toMatch(/Done: 1 added/);
    const connection = new Database(fetchDb, { readonly: true });
    const row = connection.prepare('SELECT title, source, text FROM articles').get() as { title: string; source: string; text: string };
    connection.close();
    expect(row).toMatchObject({ title: 'Terminal reopens', source: 'Coast Herald' });
    expect(row.text).toContain('The grain terminal at Kell Point reopened on Wednesday');
  });
});

describe('newsgraph query, compare, export, entities, reextract', () => {
  it('finds quotes by speaker surname as JSON', () => {
    const result = runCli(['query', 'quotes', '--speaker', 'Marsh', '--db', db, '--format', 'json']);
    expect(result.status).toBe(0);
    const rows = JSON.parse(result.stdout) as Array<{ text: string; article: { source: string } }>;
    expect(rows.map((row) => row.article.source).sort()).toEqual(['Ostrava Daily', 'Valdoria Wire']);
  });

  it('finds claims by what they count as CSV', () => {
    const result = runCli(['query', 'claims', '--counted', 'hostages', '--db', db, '--format', 'csv']);
    const lines = result.stdout.trim().split('\r\n');
    expect(lines[0]).toBe('published,source,claim,qualifier,value,low,high,unit,counted,claimed by,hedged,article');
    expect(lines.slice(1).map((line) => line.split(',')[1]).sort()).toEqual(['Ostrava Daily', 'Valdoria Wire']);
  });

  it('lists events, entities, search hits and articles as JSON lines and tables', () => {
    const events = runCli(['query', 'events', '--since', '2024-01', '--db', db, '--format', 'jsonl']);
    expect(events.status).toBe(0);
    for (const line of events.stdout.trim().split('\n').filter(Boolean)) expect(JSON.parse(line).event.type).toMatch(/^[A-Z]+$/);
    const entities = runCli(['query', 'entities', '--name', 'marsh', '--db', db, '--format', 'table']);
    expect(entities.stdout).toMatch(/Elena Marsh\s+PERSON/);
    const search = runCli(['query', 'search', '"border camps"', '--db', db, '--format', 'json']);
    // An article can be hit twice: in its text and in a quote it holds.
    expect([...new Set((JSON.parse(search.stdout) as Array<{ article: { id: string } }>).map((hit) => hit.article.id))].sort()).toEqual(['daily-1', 'wire-1']);
    const articles = runCli(['query', 'articles', '--source', 'valdoria', '--db', db, '--format', 'csv']);
    expect(articles.stdout).toMatch(/wire-1,2024-03-06,Valdoria Wire/);
  });

  it('flags the outlets that disagree about the number of hostages', () => {
    const result = runCli(['compare', 'claims', '--counted', 'hostages', '--db', db, '--format', 'json']);
    const groups = JSON.parse(result.stdout) as Array<{ key: string; disagreement: boolean; claims: Array<{ outlet: string; text: string }> }>;
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ key: 'hostage', disagreement: true });
    expect(groups[0]!.claims.map((claim) => `${claim.outlet}: ${claim.text}`)).toEqual(['Valdoria Wire: Fewer than 200', 'Ostrava Daily: 224']);
  });

  it('exports full documents as JSONL and quotes as CSV', () => {
    const out = join(folder, 'documents.jsonl');
    const documents = runCli(['export', 'documents', '--db', db, '--out', out]);
    expect(documents.stderr).toMatch(/exported 13 documents/);
    const quotes = runCli(['export', 'quotes', '--db', db]);
    expect(quotes.stdout.split('\r\n')[0]).toBe('published,source,speaker,kind,quote,article,start,end');
    expect(runCli(['export', 'everything', '--db', db]).status).toBe(2);
  });

  it('exports events corpus-wide as a GDELT-style TSV with one header and as PLOVER JSON lines', () => {
    const tsv = runCli(['export', 'events-tsv', '--db', db]).stdout.trim().split('\n');
    expect(tsv[0]).toMatch(/^GlobalEventID\t/);
    expect(tsv.filter((line) => line.startsWith('GlobalEventID'))).toHaveLength(1);
    const plover = runCli(['export', 'plover-jsonl', '--db', db]).stdout.trim().split('\n').filter(Boolean);
    expect(plover.length).toBe(tsv.length - 1);
    for (const line of plover) expect(JSON.parse(line)).toHaveProperty('id');
  });

  it('merges and splits entities with pins that last', () => {
    const split = runCli(['entities', 'split', 'Elena Marsh', '--name', 'Marsh', '--db', db]);
    expect(split.status).toBe(0);
    const merge = runCli(['entities', 'merge', 'Elena Marsh', 'Marsh', '--db', db]);
    expect(merge.stdout).toMatch(/merged/);
    expect(runCli(['entities', 'pins', '--db', db]).stdout).toMatch(/split Marsh out of Elena Marsh[\s\S]*merge Elena Marsh \+ Marsh/);
  });

  it('re-extracts articles stored by an older pipeline', () => {
    const connection = new Database(db);
    connection.prepare("UPDATE articles SET pipeline = '0.0.1' WHERE id = 'wire-1'").run();
    connection.close();
    expect(runCli(['reextract', '--db', db]).stderr).toMatch(/re-extracted 1 article \(1 were outdated\)/);
    expect(count("SELECT count(*) AS n FROM articles WHERE pipeline = '0.0.1'")).toBe(0);
  });

  it('says how to make a corpus when the file does not exist', () => {
    const result = runCli(['query', 'quotes', '--db', join(folder, 'nothing-here.db')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no corpus here — run `newsgraph ingest <files>` first/);
  });
});

describe('newsgraph start', () => {
  it('puts the samples into the corpus once and shows the queries to try', () => {
    const startDb = join(folder, 'start.db');
    const first = runCli(['start', '--db', startDb, '--no-report']);
    expect(first.status).toBe(0);
    const samples = loadSampleArticles().length;
    expect(first.stdout).toContain(`start.db: ${samples} articles (${samples} just added, 0 already there)`);
    expect(first.stdout).toMatch(/npx newsgraph query quotes/);
    const second = runCli(['start', '--db', startDb, '--no-report']);
    expect(second.stdout).toContain(`${samples} articles (0 just added, ${samples} already there)`);
  });
});
