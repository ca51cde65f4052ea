import * as chrono from 'chrono-node';
import type { Doc } from '../../doc/doc.ts';
import { makeIssue } from '../../doc/issues.ts';
import type { TimeExpression } from '../../doc/schema/time.ts';
import type { Stage } from '../../stage.ts';

/** The publication date as a UTC instant at noon, so that no time zone shifts the day. */
export function referenceInstant(published: string | undefined): Date | undefined {
  const match = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  if (!match) return undefined;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function isoDate(components: chrono.ParsedComponents): string {
  return `${components.get('year')}-${pad(components.get('month') ?? 1)}-${pad(components.get('day') ?? 1)}`;
}

/**
 * chrono also reads a clock time in a verse reference ("Exodus 17:14"), "now", and a month
 * inside a proper name ("the October Single Stone Auction"); none of them places an event.
 */
function isSpurious(result: chrono.ParsedResult, text: string): boolean {
  const { start } = result;
  if ([...result.tags()].some((tag) => tag.startsWith('casualReference/now'))) return true;
  if (!start.isCertain('day') && !start.isCertain('weekday') && !start.isCertain('month') && start.isCertain('hour') && !/[ap]\.?m\.?/i.test(result.text)) return true;
  const after = text.slice(result.index + result.text.length, result.index + result.text.length + 2);
  if (/^[A-Z][a-z]+$/.test(result.text) && /^ [A-Z]/.test(after)) return true;
  return false;
}

function toTimeExpression(result: chrono.ParsedResult, hasReference: boolean, id: string): TimeExpression {
  const { start, end } = result;
  const relative = !start.isCertain('year');
  const resolved = hasReference || !relative;
  const dayKnown = start.isCertain('day') || start.isCertain('weekday') || !start.isCertain('month');
  const startValue = dayKnown ? isoDate(start) : `${start.get('year')}-${pad(start.get('month') ?? 1)}`;
  const value = !resolved ? null : end ? `${startValue}/${isoDate(end)}` : startValue;
  return {
    id,
    start: result.index,
    end: result.index + result.text.length,
    value,
    kind: !resolved ? 'unresolved' : end ? 'range' : dayKnown ? 'date' : 'period',
    relative,
    resolved,
    rule: 'chrono',
  };
}

export function findTimes(doc: Doc): TimeExpression[] {
  const reference = referenceInstant(doc.article.published);
  const results = chrono.parse(doc.analysisText, reference ? { instant: reference, timezone: 0 } : { instant: new Date(0), timezone: 0 });
  return results
    .filter((result) => !isSpurious(result, doc.analysisText))
    .map((result, index) => toTimeExpression(result, reference !== undefined, `t${index + 1}`));
}

export const timesStage: Stage = {
  name: 'times',
  requires: ['tokens', 'sentences'],
  assigns: ['times'],
  run: (doc: Doc): Doc => {
    const times = findTimes(doc);
    const needsReference = !doc.article.published && times.some((time) => time.relative);
    return { ...doc, times, issues: needsReference ? [...doc.issues, makeIssue('NO_PUBLICATION_DATE', 'times')] : doc.issues };
  },
};
