import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { dataRoot, hasData, repositoryPath } from './data-root.ts';
import { checkFloors, floorKey, readFloors, type FloorFailure } from './floors.ts';
import type { EvalRow, EvalTask } from './task.ts';

async function loadTasks(): Promise<EvalTask[]> {
  const folder = repositoryPath('eval', 'tasks');
  const files = readdirSync(folder).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts')).sort();
  const tasks: EvalTask[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(`${folder}/${file}`).href)) as { task?: EvalTask };
    if (module.task) tasks.push(module.task);
  }
  return tasks;
}

function formatTable(rows: readonly EvalRow[]): string {
  const header = ['task', 'dataset', 'metric', 'score', 'floor', 'n'];
  const lines = rows.map((row) => {
    const floor = readFloors(row.task)[floorKey(row)];
    return [row.task, row.dataset, row.metric, row.score.toFixed(4), floor === undefined ? '' : floor.toFixed(4), row.support === undefined ? '' : String(row.support)];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const render = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [render(header), render(widths.map((width) => '-'.repeat(width))), ...lines.map(render)].join('\n');
}

async function main(): Promise<void> {
  const program = new Command('eval')
    .description('Scores the pipeline on the datasets in ../shared/data (or NEWSGRAPH_DATA) and prints one table.')
    .option('--check', 'exit with code 1 when a score falls below its floor in eval/floors/')
    .option('--only <names>', 'comma-separated task names to run')
    .option('--json', 'print the rows as JSON instead of a table')
    .parse();
  const options = program.opts<{ check?: boolean; only?: string; json?: boolean }>();
  const only = options.only?.split(',').map((name) => name.trim());
  const tasks = (await loadTasks()).filter((task) => !only || only.includes(task.name));
  const rows: EvalRow[] = [];
  const failures: FloorFailure[] = [];
  for (const task of tasks) {
    if (!hasData(task.requires)) {
      console.error(`skipped ${task.name}: ${task.requires} not found under ${dataRoot()}`);
      continue;
    }
    const started = performance.now();
    const taskRows = await task.run();
    console.error(`ran ${task.name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    rows.push(...taskRows);
    failures.push(...checkFloors(task.name, taskRows).map((failure) => ({ ...failure, key: `${task.name} / ${failure.key}` })));
  }
  console.log(options.json ? JSON.stringify(rows, null, 2) : formatTable(rows));
  if (options.check && failures.length > 0) {
    for (const failure of failures) console.error(`below floor: ${failure.key}: ${Number.isNaN(failure.score) ? 'missing' : failure.score.toFixed(4)} < ${failure.floor}`);
    process.exitCode = 1;
  }
}

await main();
