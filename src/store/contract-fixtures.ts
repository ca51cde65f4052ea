import { SCHEMA_VERSION, type DocumentOutput } from '../doc/schema/document.ts';
import type { Span } from '../doc/span.ts';
import { PIPELINE_VERSION } from '../version.ts';

/**
 * Hand-built documents for the store contract suite, about invented people and places. They are
 * written by hand, not by the pipeline, so that the contract does not move when a stage improves.
 */

/** The span of the `occurrence`-th appearance of `needle` in `text`. */
function spanOf(text: string, needle: string, occurrence = 1): Span {
  let start = -1;
  for (let seen = 0; seen < occurrence; seen += 1) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`fixture: "${needle}" (${occurrence}) not in text`);
  }
  return { start, end: start + needle.length };
}

const TALKS_TEXT =
  'Valdorian Foreign Minister Elena Marsh met Ostravan envoy Tomas Reyk in Geneva on Tuesday.\n' +
  '"We agreed on a humanitarian pause of three days," Marsh said after the talks.\n' +
  'Fewer than 200 hostages remain in the border camps, according to the Red Lantern Society.\n' +
  'Reyk said that at least 40 prisoners would be released by Friday.';

function talksDocument(): DocumentOutput {
  const text = TALKS_TEXT;
  const quoteSpan = spanOf(text, 'We agreed on a humanitarian pause of three days,');
  const indirect = spanOf(text, 'at least 40 prisoners would be released by Friday');
  return {
    schema: SCHEMA_VERSION,
    pipeline: PIPELINE_VERSION,
    article: { id: 'fixture-talks', title: 'Marsh and Reyk agree a pause', published: '2024-03-06', source: 'Valdoria Wire', url: 'https://example.org/talks' },
    text,
    sentences: [
      { ...spanOf(text, 'Valdorian Foreign Minister Elena Marsh met Ostravan envoy Tomas Reyk in Geneva on Tuesday.'), paragraph: 0 },
      { ...spanOf(text, '"We agreed on a humanitarian pause of three days," Marsh said after the talks.'), paragraph: 1 },
      { ...spanOf(text, 'Fewer than 200 hostages remain in the border camps, according to the Red Lantern Society.'), paragraph: 2 },
      { ...spanOf(text, 'Reyk said that at least 40 prisoners would be released by Friday.'), paragraph: 3 },
    ],
    entities: [
      { id: 'e1', name: 'Elena Marsh', type: 'PERSON', country: 'VAL', sector: 'GOV', actorCode: 'VALGOV', aliases: ['Marsh'], mentions: [{ ...spanOf(text, 'Elena Marsh'), kind: 'name' }, { ...spanOf(text, 'Marsh', 2), kind: 'name' }] },
      { id: 'e2', name: 'Tomas Reyk', type: 'PERSON', country: 'OST', sector: 'GOV', actorCode: 'OSTGOV', aliases: ['Reyk'], mentions: [{ ...spanOf(text, 'Tomas Reyk'), kind: 'name' }, { ...spanOf(text, 'Reyk', 2), kind: 'name', rule: 'surname' }] },
      { id: 'e3', name: 'Geneva', type: 'GPE', country: 'CHE', aliases: [], mentions: [{ ...spanOf(text, 'Geneva'), kind: 'name' }] },
      { id: 'e4', name: 'Red Lantern Society', type: 'ORG', sector: 'NGO', aliases: [], mentions: [{ ...spanOf(text, 'Red Lantern Society'), kind: 'name' }] },
    ],
    times: [
      { id: 't1', ...spanOf(text, 'on Tuesday'), value: '2024-03-05', kind: 'date', relative: true, resolved: true },
      { id: 't2', ...spanOf(text, 'by Friday'), value: '2024-03-08', kind: 'date', relative: true, resolved: true, rule: 'weekday' },
    ],
    quotes: [
      { id: 'q1', ...quoteSpan, kind: 'direct', cue: spanOf(text, 'said'), speaker: { entity: 'e1', name: 'Elena Marsh', ...spanOf(text, 'Marsh', 2) } },
      { id: 'q2', ...indirect, kind: 'indirect', cue: spanOf(text, 'said', 2), speaker: { entity: 'e2', name: 'Tomas Reyk', ...spanOf(text, 'Reyk', 2) }, rule: 'said-that' },
    ],
    quotedTerms: [],
    events: [
      {
        id: 'v1',
        cluster: 'c1',
        type: 'CONSULT',
        mode: 'third-party',
        cameo: '043',
        quadClass: 1,
        goldstein: 2.8,
        actors: [{ entity: 'e1', name: 'Elena Marsh', country: 'VAL', sector: 'GOV', actorCode: 'VALGOV', ...spanOf(text, 'Elena Marsh') }],
        recipients: [{ entity: 'e2', name: 'Tomas Reyk', country: 'OST', sector: 'GOV', actorCode: 'OSTGOV', ...spanOf(text, 'Tomas Reyk') }],
        trigger: spanOf(text, 'met'),
        sentence: spanOf(text, 'Valdorian Foreign Minister Elena Marsh met Ostravan envoy Tomas Reyk in Geneva on Tuesday.'),
        date: { value: '2024-03-05', source: 'text', time: 't1' },
        location: { ...spanOf(text, 'Geneva'), name: 'Geneva', entity: 'e3', country: 'CHE' },
        negated: false,
        planned: false,
        hypothetical: false,
        reported: false,
        attributedTo: 'author',
      },
      {
        id: 'v2',
        cluster: 'c2',
        type: 'CONCEDE',
        cameo: '0841',
        quadClass: 2,
        goldstein: 7,
        actors: [{ entity: null, name: 'Ostrava', country: 'OST', actorCode: 'OST' }],
        recipients: [],
        trigger: spanOf(text, 'released'),
        sentence: spanOf(text, 'Reyk said that at least 40 prisoners would be released by Friday.'),
        date: { value: '2024-03-08', source: 'text', time: 't2' },
        negated: false,
        planned: true,
        hypothetical: false,
        reported: true,
        attributedTo: { entity: 'e2', name: 'Tomas Reyk', quote: 'q2' },
        quote: 'q2',
      },
    ],
    claims: [
      {
        id: 'k1',
        ...spanOf(text, 'Fewer than 200'),
        value: 200,
        high: 200,
        qualifier: 'upper',
        qualifierText: 'Fewer than',
        counted: { text: 'hostages', ...spanOf(text, 'hostages') },
        predicate: 'remain in the border camps',
        source: { entity: 'e4', name: 'Red Lantern Society' },
        hedged: false,
      },
      {
        id: 'k2',
        ...spanOf(text, 'at least 40'),
        value: 40,
        low: 40,
        qualifier: 'lower',
        qualifierText: 'at least',
        counted: { text: 'prisoners', ...spanOf(text, 'prisoners') },
        source: { entity: 'e2', name: 'Tomas Reyk', quote: 'q2' },
        hedged: false,
        date: '2024-03-08',
      },
    ],
    issues: [],
  };
}

const CAMP_TEXT =
  'Officials in Ostrava said 224 hostages were still held in the border camps on Monday.\n' +
  'Foreign Minister Marsh called the figure "a serious underestimate".';

function campDocument(): DocumentOutput {
  const text = CAMP_TEXT;
  return {
    schema: SCHEMA_VERSION,
    pipeline: PIPELINE_VERSION,
    article: { id: 'fixture-camps', title: 'Ostrava counts 224 hostages', published: '2024-03-07', source: 'Ostrava Daily' },
    text,
    sentences: [
      { ...spanOf(text, 'Officials in Ostrava said 224 hostages were still held in the border camps on Monday.'), paragraph: 0 },
      { ...spanOf(text, 'Foreign Minister Marsh called the figure "a serious underestimate".'), paragraph: 1 },
    ],
    entities: [
      { id: 'e1', name: 'Ostrava', type: 'GPE', country: 'OST', aliases: [], mentions: [{ ...spanOf(text, 'Ostrava'), kind: 'name' }] },
      { id: 'e2', name: 'Marsh', type: 'PERSON', aliases: [], mentions: [{ ...spanOf(text, 'Marsh'), kind: 'name' }] },
    ],
    times: [{ id: 't1', ...spanOf(text, 'on Monday'), value: '2024-03-04', kind: 'date', relative: true, resolved: true }],
    quotes: [
      { id: 'q1', ...spanOf(text, '224 hostages were still held in the border camps on Monday'), kind: 'indirect', cue: spanOf(text, 'said'), speaker: { entity: null, name: 'Officials in Ostrava', ...spanOf(text, 'Officials in Ostrava') } },
      { id: 'q2', ...spanOf(text, 'a serious underestimate'), kind: 'direct', cue: spanOf(text, 'called'), speaker: { entity: 'e2', name: 'Marsh', ...spanOf(text, 'Marsh') } },
    ],
    quotedTerms: [],
    events: [],
    claims: [
      {
        id: 'k1',
        ...spanOf(text, '224'),
        value: 224,
        qualifier: 'exact',
        counted: { text: 'hostages', ...spanOf(text, 'hostages') },
        predicate: 'were still held in the border camps',
        source: { entity: null, name: 'Officials in Ostrava', quote: 'q1' },
        hedged: false,
        date: '2024-03-04',
      },
    ],
    issues: [{ code: 'NO_PUBLICATION_DATE', message: 'fixture issue', stage: 'times' }],
  };
}

/** Two articles about the same invented talks, from two outlets that count the hostages differently. */
export function contractDocuments(): DocumentOutput[] {
  return [talksDocument(), campDocument()];
}
