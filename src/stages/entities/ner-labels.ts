/**
 * The recogniser's label set: BILOU over CoNLL's four types (Begin, Inside, Last, Outside,
 * Unit), which Ratinov and Roth (2009) found better than BIO for news NER. The labels are
 * written into the model file; their order is fixed by this list.
 */
export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof NER_TYPES)[number];

export const NER_LABELS: readonly string[] = ['O', ...NER_TYPES.flatMap((type) => ['B', 'I', 'L', 'U'].map((part) => `${part}-${type}`))];

const OUTSIDE = 0;

/** The label number for a part (B, I, L, U) of a type. */
export function labelOf(part: 'B' | 'I' | 'L' | 'U', type: NerType): number {
  return 1 + NER_TYPES.indexOf(type) * 4 + ['B', 'I', 'L', 'U'].indexOf(part);
}

export function partOf(label: number): 'O' | 'B' | 'I' | 'L' | 'U' {
  return label === OUTSIDE ? 'O' : (['B', 'I', 'L', 'U'] as const)[(label - 1) % 4]!;
}

export function typeOf(label: number): NerType | undefined {
  return label === OUTSIDE ? undefined : NER_TYPES[Math.floor((label - 1) / 4)];
}

/** Whether `label` may follow `previous` (-1 at the start of a sentence). */
export function canFollow(previous: number, label: number): boolean {
  const previousPart = previous < 0 ? 'O' : partOf(previous);
  const part = partOf(label);
  const open = previousPart === 'B' || previousPart === 'I';
  if (part === 'I' || part === 'L') return open && typeOf(previous) === typeOf(label);
  return !open;
}

/** Whether `label` may end a sentence. */
export function canEnd(label: number): boolean {
  const part = partOf(label);
  return part !== 'B' && part !== 'I';
}

export interface LabelledSpan {
  readonly start: number;
  readonly end: number;
  readonly type: NerType;
}

/** BILOU labels for entity spans over `length` tokens. */
export function labelsFromSpans(spans: readonly LabelledSpan[], length: number): Int32Array {
  const labels = new Int32Array(length);
  for (const span of spans) {
    if (span.end - span.start === 1) {
      labels[span.start] = labelOf('U', span.type);
      continue;
    }
    labels[span.start] = labelOf('B', span.type);
    for (let position = span.start + 1; position < span.end - 1; position += 1) labels[position] = labelOf('I', span.type);
    labels[span.end - 1] = labelOf('L', span.type);
  }
  return labels;
}

/** Entity spans from labels; a malformed run (B without L) is closed where it stops. */
export function spansFromLabels(labels: ArrayLike<number>): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  let open: { start: number; type: NerType } | undefined;
  for (let position = 0; position < labels.length; position += 1) {
    const label = labels[position]!;
    const part = partOf(label);
    const type = typeOf(label);
    if (open && (part === 'O' || part === 'B' || part === 'U' || type !== open.type)) {
      spans.push({ start: open.start, end: position, type: open.type });
      open = undefined;
    }
    if (part === 'U') spans.push({ start: position, end: position + 1, type: type! });
    else if (part === 'B' || ((part === 'I' || part === 'L') && !open)) open = { start: position, type: type! };
    if (part === 'L' && open) {
      spans.push({ start: open.start, end: position + 1, type: open.type });
      open = undefined;
    }
  }
  if (open) spans.push({ start: open.start, end: labels.length, type: open.type });
  return spans;
}
