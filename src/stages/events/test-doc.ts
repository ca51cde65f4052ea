import { createDoc, type Doc } from '../../doc/doc.ts';
import type { Entity, EntityType, Sector } from '../../doc/schema/entity.ts';
import type { NewsEvent } from '../../doc/schema/event.ts';
import type { Quote } from '../../doc/schema/quote.ts';
import { STAGES } from '../../pipeline.ts';
import { findEvents } from './index.ts';

/** An entity the test names by hand, so that event rules are tested apart from the entity recogniser. */
export interface TestEntity {
  readonly name: string;
  readonly type: EntityType;
  readonly country?: string;
  readonly sector?: Sector;
  /** Other strings that mention it ("She"). */
  readonly aliases?: readonly string[];
}

function mentionsOf(text: string, surfaces: readonly string[]): { start: number; end: number; kind: 'name' }[] {
  const mentions: { start: number; end: number; kind: 'name' }[] = [];
  for (const surface of surfaces) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of text.matchAll(pattern)) mentions.push({ start: match.index!, end: match.index! + surface.length, kind: 'name' });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * A document for event tests: the real tokeniser, sentence splitter and time normaliser, with the
 * entities and quotes the test gives (spaCy's habit: build the Doc by hand for the stage under test).
 */
export function testDoc(text: string, entities: readonly TestEntity[] = [], options: { readonly published?: string; readonly quotes?: (text: string) => Quote[] } = {}): Doc {
  let doc: Doc = createDoc(text, { id: 'test', ...(options.published ? { published: options.published } : {}) });
  for (const stage of STAGES) {
    if (stage.name === 'entities') {
      const built: Entity[] = entities.map((entity, index) => ({
        id: `e${index + 1}`,
        name: entity.name,
        type: entity.type,
        ...(entity.country ? { country: entity.country } : {}),
        ...(entity.sector ? { sector: entity.sector } : {}),
        aliases: [...(entity.aliases ?? [])],
        mentions: mentionsOf(text, [entity.name, ...(entity.aliases ?? [])]),
      }));
      doc = { ...doc, entities: built };
      continue;
    }
    if (stage.name === 'coreference' || stage.name === 'claims' || stage.name === 'events') continue;
    if (stage.name === 'quotes') {
      doc = options.quotes ? { ...doc, quotes: options.quotes(text) } : { ...doc, quotes: [] };
      continue;
    }
    doc = stage.run(doc);
  }
  return doc;
}

/** The events of a hand-built document. */
export function eventsOf(text: string, entities: readonly TestEntity[] = [], options: Parameters<typeof testDoc>[2] = {}): NewsEvent[] {
  return findEvents(testDoc(text, entities, options));
}

/** The text of an event's trigger. */
export function triggerText(text: string, event: NewsEvent): string {
  return text.slice(event.trigger.start, event.trigger.end);
}

export const COUNTRIES = {
  valdoria: { name: 'Valdoria', type: 'GPE', country: 'VDR' },
  ostrava: { name: 'Ostrava Republic', type: 'GPE', country: 'OSR', aliases: ['Ostrava'] },
  valdorian: { name: 'Valdorian', type: 'NORP', country: 'VDR' },
  ostravan: { name: 'Ostravan', type: 'NORP', country: 'OSR' },
  marenport: { name: 'Marenport', type: 'GPE', country: 'VDR' },
} as const satisfies Record<string, TestEntity>;
