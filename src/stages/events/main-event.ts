import type { NewsEvent } from '../../doc/schema/event.ts';

/** A nominal trigger with no verb governing it ("At a summit between ...", "after the 9/11 attacks") sets the scene. */
function isSceneSetting(event: NewsEvent): boolean {
  return event.rule?.startsWith('noun:') === true && !event.rule.includes('<');
}

/**
 * The event a sentence is about, for sentence-level coding (one code per sentence, as CAMEO
 * datasets label them): the first event that is not a bare statement ("X said ...": CAMEO codes
 * what was said), not a hypothetical or a topic, and not a scene-setting noun; failing that, the
 * first of those in turn.
 */
export function mainEvent(events: readonly NewsEvent[]): NewsEvent | undefined {
  const ordered = [...events].sort((a, b) => a.trigger.start - b.trigger.start);
  const substantive = ordered.filter((event) => event.cameo !== '010');
  const real = substantive.filter((event) => !event.hypothetical || ['AGREE', 'APPEAL', 'THREATEN', 'REQUEST', 'REJECT', 'STATEMENT'].includes(event.type));
  return real.find((event) => !isSceneSetting(event)) ?? real[0] ?? substantive[0] ?? ordered[0];
}
