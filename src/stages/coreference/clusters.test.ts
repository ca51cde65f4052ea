import { describe, expect, it } from 'vitest';
import { createDoc } from '../../doc/doc.ts';
import type { Mention } from '../../doc/schema/entity.ts';
import { newCluster, placeMention, placeMentions, withPlaced } from './clusters.ts';

const doc = createDoc('Olga Petrova met Ivan Orlov. The spokeswoman said he agreed.', { id: 'clusters-test' });
const mention = (start: number, end: number, kind: Mention['kind']): Mention => ({ start, end, kind });

describe('placed mentions', () => {
  it('merges added mentions in where placing every mention again would put them', () => {
    const petrova = newCluster('Olga Petrova', 'PERSON', undefined, undefined, 'female', [], [mention(0, 11, 'name')]);
    const orlov = newCluster('Ivan Orlov', 'PERSON', undefined, undefined, 'male', [], [mention(16, 26, 'name'), mention(48, 50, 'pronoun')]);
    const placed = placeMentions(doc, [petrova, orlov]);
    const title = mention(28, 43, 'title');
    petrova.mentions.push(title);
    expect(withPlaced(placed, [placeMention(doc, petrova, title)])).toEqual(placeMentions(doc, [petrova, orlov]));
  });

  it('gives up on an added mention at a span already placed, whose order only the clusters decide', () => {
    const petrova = newCluster('Olga Petrova', 'PERSON', undefined, undefined, undefined, [], [mention(0, 11, 'name')]);
    const placed = placeMentions(doc, [petrova]);
    expect(withPlaced(placed, [placeMention(doc, petrova, mention(0, 11, 'title'))])).toBeUndefined();
  });
});
