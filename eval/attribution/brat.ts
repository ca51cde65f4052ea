import type { Span } from '../../src/doc/span.ts';

/** One attribution relation of a brat standoff file: source, cue and content, each possibly discontinuous. */
export interface GoldAttribution {
  readonly id: string;
  readonly source: readonly Span[];
  readonly cue: readonly Span[];
  readonly content: readonly Span[];
}

interface TextBound {
  readonly role: string;
  readonly spans: readonly Span[];
}

const TEXT_BOUND_LINE = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t/;
const EVENT_LINE = /^(E\d+)\t(.*)$/;

function parseRanges(ranges: string): Span[] {
  return ranges.split(';').map((range) => {
    const [start, end] = range.split(' ').map(Number);
    return { start: start!, end: end! };
  });
}

/**
 * Reads the attribution relations of a brat .ann file. Lines other than text-bound (T) and event (E)
 * lines are skipped, and so are the continuation lines that appear when a covered text holds a line
 * break: offsets, not covered text, are what the reader trusts.
 */
export function parseBratAttributions(ann: string): GoldAttribution[] {
  const bounds = new Map<string, TextBound>();
  const events: { id: string; roles: Map<string, string> }[] = [];
  for (const line of ann.split('\n')) {
    const bound = TEXT_BOUND_LINE.exec(line);
    if (bound) {
      bounds.set(bound[1]!, { role: bound[2]!, spans: parseRanges(bound[3]!) });
      continue;
    }
    const event = EVENT_LINE.exec(line);
    if (!event) continue;
    const roles = new Map<string, string>();
    for (const argument of event[2]!.trim().split(/\s+/)) {
      const [role, target] = argument.split(':');
      if (role && target) roles.set(role, target);
    }
    events.push({ id: event[1]!, roles });
  }
  const spansOf = (id: string | undefined): Span[] => (id === undefined ? [] : [...(bounds.get(id)?.spans ?? [])]);
  return events
    .map((event) => ({
      id: event.id,
      source: spansOf(event.roles.get('Source')),
      cue: spansOf(event.roles.get('Cue')),
      // A few relations carry their content in two arguments (Content and Content2).
      content: [...spansOf(event.roles.get('Content')), ...spansOf(event.roles.get('Content2'))],
    }))
    .filter((attribution) => attribution.content.length > 0);
}
