import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { repositoryPath } from './data-root.ts';
import type { EvalRow } from './task.ts';

/** eval/floors/<task>.json maps "dataset :: metric" to the lowest score the check accepts. */
const FloorsSchema = z.record(z.string(), z.number().min(0).max(1));

export function floorKey(row: Pick<EvalRow, 'dataset' | 'metric'>): string {
  return `${row.dataset} :: ${row.metric}`;
}

export function readFloors(taskName: string): Record<string, number> {
  const path = repositoryPath('eval', 'floors', `${taskName}.json`);
  if (!existsSync(path)) return {};
  return FloorsSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

export interface FloorFailure {
  readonly key: string;
  readonly score: number;
  readonly floor: number;
}

/** Rows below their floor; floors whose row is missing count as failures too, so a broken task cannot pass. */
export function checkFloors(taskName: string, rows: readonly EvalRow[]): FloorFailure[] {
  const floors = readFloors(taskName);
  const scores = new Map(rows.map((row) => [floorKey(row), row.score]));
  return Object.entries(floors)
    .map(([key, floor]) => ({ key, floor, score: scores.get(key) ?? Number.NaN }))
    .filter((entry) => !(entry.score >= entry.floor - 1e-9));
}
