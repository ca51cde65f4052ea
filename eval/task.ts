/** One row of the evaluation table. */
export interface EvalRow {
  readonly task: string;
  readonly dataset: string;
  readonly metric: string;
  readonly score: number;
  /** How many items the score is over, for the reader's sense of its noise. */
  readonly support?: number;
}

/**
 * An evaluation task: reads one dataset from the shared data folder and scores the pipeline on it.
 * Each task lives in eval/tasks/<name>.ts and exports `task`; its floors live in eval/floors/<name>.json.
 */
export interface EvalTask {
  readonly name: string;
  /** Path under the data root that must exist for the task to run. */
  readonly requires: string;
  readonly describe: string;
  readonly run: () => Promise<EvalRow[]>;
}
