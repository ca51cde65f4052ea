import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repositoryPath } from '../../../eval/data-root.ts';

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-serve-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Starts `newsgraph serve` as a user would and waits for the line with its URL. */
function serve(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<{ url: string; stop: () => void; stderr: () => string }> {
  return run(['serve', '--port', '0', ...args], env);
}

function run(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<{ url: string; stop: () => void; stderr: () => string }> {
  const child = spawn(process.execPath, [repositoryPath('bin', 'newsgraph.js'), ...args], { cwd: folder, env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL within 40 s; stderr: ${stderr}`)), 40_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /serving .*?(http:\/\/\S+?\/)\s/.exec(stdout)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, stop: () => child.kill('SIGTERM'), stderr: () => stderr });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}: ${stderr}`));
    });
  });
}

describe('newsgraph serve', () => {
  it('serves the UI and the API on 127.0.0.1 and prints the URL', async () => {
    const server = await serve(['--db', join(folder, 'corpus.db')]);
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await fetch(server.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>newsgraph</title>');
      const added = await fetch(`${server.url}api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Envoy Tomas Reyk met President Ana Sorel on Friday.' }) });
      expect(added.status).toBe(201);
      const list = (await (await fetch(`${server.url}api/articles`)).json()) as { items: unknown[] };
      expect(list.items).toHaveLength(1);
    } finally {
      server.stop();
    }
  });

  it('is read-only when exposed without a token', async () => {
    const server = await serve(['--host', '0.0.0.0', '--db', join(folder, 'exposed.db'), '--no-ui'], { NEWSGRAPH_TOKEN: '' });
    try {
      await expect.poll(() => server.stderr()).toMatch(/read-only/);
      const url = server.url.replace('0.0.0.0', '127.0.0.1');
      const refused = await fetch(`${url}api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Reyk met Sorel.' }) });
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as { error: { hint: string } }).error.hint).toContain('NEWSGRAPH_TOKEN');
    } finally {
      server.stop();
    }
  });
});

describe('newsgraph start --serve', () => {
  it('puts the samples into the corpus, then serves the UI over it', async () => {
    const server = await run(['start', '--serve', '--no-report', '--db', join(folder, 'start.db')]);
    try {
      const stats = (await (await fetch(`${server.url}api/stats`)).json()) as { articles: number };
      expect(stats.articles).toBeGreaterThanOrEqual(3);
      expect((await fetch(server.url)).status).toBe(200);
    } finally {
      server.stop();
    }
  }, 60_000);
});
