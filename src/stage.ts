import type { Doc, LayerName } from './doc/doc.ts';

/**
 * A pipeline stage: a pure function from Doc to Doc that declares which layers it reads and
 * which it adds, so that the pipeline can check the order once, when it is built.
 */
export interface Stage {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  readonly run: (doc: Doc) => Doc;
}

export class PipelineOrderError extends Error {}

/** Throws when a stage requires a layer that no earlier stage assigns. */
export function checkStageOrder(stages: readonly Stage[]): void {
  const assigned = new Set<LayerName>();
  for (const stage of stages) {
    const missing = stage.requires.filter((layer) => !assigned.has(layer));
    if (missing.length > 0) {
      throw new PipelineOrderError(`Stage "${stage.name}" requires ${missing.join(', ')}, which no earlier stage assigns.`);
    }
    for (const layer of stage.assigns) assigned.add(layer);
  }
}
