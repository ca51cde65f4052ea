/** Precision, recall and F1 of exact-match typed spans (conlleval's entity-level measure). */
export interface PrecisionRecall {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly gold: number;
  readonly predicted: number;
  readonly correct: number;
}

export interface SpanScores {
  readonly overall: PrecisionRecall;
  readonly byType: Readonly<Record<string, PrecisionRecall>>;
}

interface TypedSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

export function precisionRecall(correct: number, predicted: number, gold: number): PrecisionRecall {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, gold, predicted, correct };
}

export function scoreSpans(gold: readonly TypedSpan[], predicted: readonly TypedSpan[]): SpanScores {
  const key = (span: TypedSpan) => `${span.start}:${span.end}:${span.type}`;
  const goldKeys = new Set(gold.map(key));
  const types = [...new Set([...gold, ...predicted].map((span) => span.type))].sort();
  const byType: Record<string, PrecisionRecall> = {};
  for (const type of types) {
    const goldOfType = gold.filter((span) => span.type === type);
    const predictedOfType = predicted.filter((span) => span.type === type);
    byType[type] = precisionRecall(predictedOfType.filter((span) => goldKeys.has(key(span))).length, predictedOfType.length, goldOfType.length);
  }
  const correct = predicted.filter((span) => goldKeys.has(key(span))).length;
  return { overall: precisionRecall(correct, predicted.length, gold.length), byType };
}
