import { spawnSync } from 'node:child_process';
import { repositoryPath } from '../../eval/data-root.ts';

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real `newsgraph` binary as a user would, in a child process. */
export function runCli(args: readonly string[], options: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const result = spawnSync(process.execPath, [repositoryPath('bin', 'newsgraph.js'), ...args], {
    input: options.input,
    cwd: options.cwd ?? repositoryPath(),
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
