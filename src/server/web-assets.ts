import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The UI's sources and its built assets, beside the repository root. */
export const WEB_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web');
export const WEB_DIST = join(WEB_ROOT, 'dist');

export class WebBuildError extends Error {
  override readonly name = 'WebBuildError';
}

function newestModification(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'dist' || entry === 'node_modules') continue;
    newest = Math.max(newest, newestModification(join(path, entry)));
  }
  return newest;
}

/** Built, and built after the last change to its sources (a git pull or an edit makes it stale). */
export function isWebBuildFresh(webRoot = WEB_ROOT): boolean {
  const index = join(webRoot, 'dist', 'index.html');
  if (!existsSync(index)) return false;
  return statSync(index).mtimeMs >= newestModification(webRoot);
}

function viteBinary(): string | undefined {
  try {
    const packageJson = createRequire(import.meta.url).resolve('vite/package.json');
    const binary = join(dirname(packageJson), 'bin', 'vite.js');
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

/** Runs the Vite build (what `npm run build:web` does) in a child process; about two seconds. */
export function buildWebAssets(webRoot = WEB_ROOT): void {
  const vite = viteBinary();
  if (!vite) {
    throw new WebBuildError('the web UI is not built and Vite is not installed — run `npm install` (with dev dependencies) and then `npm run build:web`');
  }
  const result = spawnSync(process.execPath, [vite, 'build', '--config', join(webRoot, 'vite.config.ts')], { encoding: 'utf8', cwd: webRoot });
  if (result.status !== 0) {
    throw new WebBuildError(`building the web UI failed (vite exited with ${result.status}):\n${(result.stderr || result.stdout).trim()}`);
  }
}

/**
 * The folder of built UI assets, building it first when it is missing or older than its sources,
 * so that a fresh clone needs no separate build step before `newsgraph serve`.
 */
export function ensureWebAssets(options: { readonly log?: (line: string) => void; readonly webRoot?: string } = {}): string {
  const webRoot = options.webRoot ?? WEB_ROOT;
  if (!isWebBuildFresh(webRoot)) {
    const hasBuild = existsSync(join(webRoot, 'dist', 'index.html'));
    if (!hasBuild || viteBinary()) {
      options.log?.(hasBuild ? 'web UI sources changed: rebuilding…' : 'building the web UI (first start)…');
      buildWebAssets(webRoot);
    }
  }
  return join(webRoot, 'dist');
}
