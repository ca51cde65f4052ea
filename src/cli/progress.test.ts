import { describe, expect, it } from 'vitest';
import { Progress } from './progress.ts';

function recorder(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, output: { isTTY, columns: 40, write: (text: string) => writes.push(text) } };
}

describe('Progress', () => {
  it('counts inputs on a terminal and erases its line at the end', () => {
    const { writes, output } = recorder(true);
    const progress = new Progress(output, 3);
    progress.update(1, 'a.txt');
    progress.update(3, 'c.txt');
    progress.clear();
    expect(writes[0]).toContain('[1/3] a.txt');
    expect(writes.at(-2)).toContain('[3/3] c.txt');
    expect(writes.at(-1)).toBe('\r\u001b[2K');
  });

  it('stays silent when stderr is not a terminal, or for a single input', () => {
    const piped = recorder(false);
    new Progress(piped.output, 10).update(1, 'a.txt');
    const single = recorder(true);
    new Progress(single.output, 1).update(1, 'a.txt');
    expect([...piped.writes, ...single.writes]).toEqual([]);
  });

  it('shortens long names from the left so the file name stays visible', () => {
    const { writes, output } = recorder(true);
    new Progress(output, 2).update(1, `/very/long/folder/${'x'.repeat(60)}/article-name.txt`);
    expect(writes[0]).toMatch(/…x*\/article-name\.txt$/);
  });
});
