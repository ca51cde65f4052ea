import { describe, expect, it } from 'vitest';
import { toDocumentOutput } from '../../src/doc/doc.ts';
import type { DocumentOutput } from '../../src/doc/schema/document.ts';
import { extract } from '../../src/pipeline.ts';
import { hasSeedArticle, readSeedArticle } from '../support/shared-data.ts';

/**
 * The seed article (../shared/examples/moscow-talks-2023-10-27.txt), read from ../shared and never copied.
 * Each layer's expectations live in moscow-talks.<layer>.test.ts beside this file.
 */
export function analyseSeedArticle(): DocumentOutput {
  return toDocumentOutput(extract({ text: readSeedArticle(), article: { id: 'moscow-talks-2023-10-27', published: '2023-10-27' } }));
}

describe.skipIf(!hasSeedArticle)('seed article: moscow-talks-2023-10-27 (whole pipeline)', () => {
  const doc = hasSeedArticle ? analyseSeedArticle() : undefined;

  it('resolves "on Thursday" to 2023-10-26 against the publication date', () => {
    const thursday = doc!.times.find((time) => doc!.text.slice(time.start, time.end) === 'on Thursday');
    expect(thursday?.value).toBe('2023-10-26');
  });

  it('codes the Putin–Erdogan phone call as a CONSULT event', () => {
    const call = doc!.events.find((event) => event.type === 'CONSULT'
      && [...event.actors, ...event.recipients].some((actor) => /Putin/.test(actor.name))
      && [...event.actors, ...event.recipients].some((actor) => /Erdogan/.test(actor.name)));
    expect(call).toBeDefined();
  });

  it('finds the five numeric claims with their bounds', () => {
    const claimAt = (phrase: string) => doc!.claims.find((claim) => doc!.text.slice(claim.start, claim.end) === phrase);
    expect(claimAt('nine thousand')).toMatchObject({ value: 9000, qualifier: 'exact' });
    expect(claimAt('at least fifteen')).toMatchObject({ low: 15, qualifier: 'lower' });
    expect(claimAt('more than 6,000')).toMatchObject({ low: 6000, qualifier: 'lower', source: 'author' });
    expect(claimAt('fewer than 200')).toMatchObject({ high: 200, qualifier: 'upper', source: 'author', hedged: true });
    expect(claimAt('up to 50')).toMatchObject({ high: 50, qualifier: 'upper', source: 'author' });
  });
});
