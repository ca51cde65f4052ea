import type { Measurement } from './measure.ts';

function megabytes(bytes: number): number {
  return bytes / 1e6;
}

function renderTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>, rightAligned: ReadonlySet<number>): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const render = (cells: readonly string[]) => cells.map((cell, column) => (rightAligned.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ').trimEnd();
  return [render(header), render(widths.map((width) => '-'.repeat(width))), ...rows.map(render)].join('\n');
}

/**
 * One line per run: throughput per core (from the process's CPU time, which other work on a shared
 * machine does not inflate), then CPU and wall-clock seconds and peak memory.
 */
export function formatRuns(runs: readonly Measurement[]): string {
  const rows = runs.flatMap((run) => {
    const row = [
      run.name,
      (megabytes(run.bytes) / run.cpuSeconds).toFixed(2),
      (run.articles / run.cpuSeconds).toFixed(0),
      run.cpuSeconds.toFixed(2),
      run.wallSeconds.toFixed(2),
      `${megabytes(run.peakResidentBytes).toFixed(0)} MB`,
      `${megabytes(run.baselineResidentBytes).toFixed(0)} MB`,
    ];
    if (!run.steady) return [row];
    // The same run's second pass: compiled code, no warm-up. Peak memory is the run's, shown once.
    const steady = ['  same, second pass (steady state)', (megabytes(run.bytes) / run.steady.cpuSeconds).toFixed(2), (run.articles / run.steady.cpuSeconds).toFixed(0), run.steady.cpuSeconds.toFixed(2), run.steady.wallSeconds.toFixed(2), '', ''];
    return [row, steady];
  });
  return renderTable(['run', 'MB/s', 'articles/s', 'cpu s', 'wall s', 'peak RSS', 'RSS before'], rows, new Set([1, 2, 3, 4, 5, 6]));
}

/** One line per stage of the pipeline: its share of the time and its own throughput. */
export function formatStages(run: Measurement): string {
  const stages = Object.entries(run.stageSeconds ?? {});
  const total = stages.reduce((sum, [, seconds]) => sum + seconds, 0);
  const rows = stages.map(([stage, seconds]) => [stage, seconds.toFixed(2), `${((100 * seconds) / total).toFixed(1)}%`, (megabytes(run.bytes) / seconds).toFixed(1)]);
  rows.push(['all stages', total.toFixed(2), '100.0%', (megabytes(run.bytes) / total).toFixed(2)]);
  return renderTable(['stage', 'cpu s', 'share', 'MB/s'], rows, new Set([1, 2, 3]));
}
