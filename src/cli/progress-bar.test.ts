import { describe, expect, it } from 'vitest';
import { ProgressBar } from './progress-bar.ts';

function fakeTerminal(columns = 60): { stream: NodeJS.WriteStream; output: () => string } {
  let written = '';
  const stream = { columns, write: (chunk: string) => ((written += chunk), true) } as unknown as NodeJS.WriteStream;
  return { stream, output: () => written };
}

describe('ProgressBar', () => {
  it('redraws one line with the share done and a label cut to the terminal width', () => {
    const terminal = fakeTerminal(40);
    const bar = new ProgressBar(terminal.stream, 4, 8);
    bar.update(2, 'added 3 · a very long file name that does not fit');
    const line = terminal.output();
    expect(line.startsWith('\r[####....] 2/4 added 3')).toBe(true);
    expect(line.replace('\u001b[K', '').length).toBeLessThanOrEqual(40);
  });

  it('always draws the last step and clears its line', () => {
    const terminal = fakeTerminal();
    const bar = new ProgressBar(terminal.stream, 2);
    bar.update(1, 'first');
    bar.update(2, 'done');
    expect(terminal.output()).toContain('2/2 done');
    bar.clear();
    expect(terminal.output().endsWith('\r\u001b[K')).toBe(true);
  });
});
