import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the shared datasets live: NEWSGRAPH_DATA, or ../shared/data beside the repository. */
export function dataRoot(): string {
  return process.env.NEWSGRAPH_DATA ? resolve(process.env.NEWSGRAPH_DATA) : join(REPOSITORY_ROOT, '..', 'shared', 'data');
}

/** The shared examples folder (../shared/examples), beside the data root. */
export function examplesRoot(): string {
  return join(dataRoot(), '..', 'examples');
}

export function dataPath(...parts: string[]): string {
  return join(dataRoot(), ...parts);
}

export function hasData(...parts: string[]): boolean {
  return existsSync(dataPath(...parts));
}

export function repositoryPath(...parts: string[]): string {
  return join(REPOSITORY_ROOT, ...parts);
}
