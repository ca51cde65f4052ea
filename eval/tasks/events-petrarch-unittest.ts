import type { EntityType, Sector } from '../../src/doc/schema/entity.ts';
import { SectorSchema } from '../../src/doc/schema/entity.ts';
import { findEvents } from '../../src/stages/events/index.ts';
import { testDoc, type TestEntity } from '../../src/stages/events/test-doc.ts';
import { dataPath } from '../data-root.ts';
import { codeOn, readDictionaryActors, type DictionaryActor } from '../events/petrarch-actors.ts';
import { readPetrarchRecords } from '../events/petrarch-records.ts';
import { actorKey, triplesOf } from '../events/triples.ts';
import type { EvalRow, EvalTask } from '../task.ts';

const DATASET = 'events/petrarch2-unittest';

/** The dictionary actors named in a sentence, as entities (the records use invented actors no recogniser knows). */
function dictionaryEntities(text: string, actors: readonly DictionaryActor[], date: string | undefined): TestEntity[] {
  const lower = text.toLowerCase();
  const entities: TestEntity[] = [];
  const taken: { start: number; end: number }[] = [];
  const candidates = actors.flatMap((actor) => actor.names.map((name) => ({ actor, name }))).sort((a, b) => b.name.length - a.name.length);
  for (const { actor, name } of candidates) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of lower.matchAll(pattern)) {
      const span = { start: match.index!, end: match.index! + name.length };
      if (taken.some((other) => other.start < span.end && span.start < other.end)) continue;
      taken.push(span);
      const code = codeOn(actor, date);
      const country = /^[A-Z]{3}/.test(code) ? code.slice(0, 3) : undefined;
      const sectorCandidate = SectorSchema.safeParse(code.slice(3, 6));
      const type: EntityType = code.length === 3 ? 'GPE' : 'ORG';
      const surface = text.slice(span.start, span.end);
      if (!entities.some((entity) => entity.name === surface)) {
        entities.push({ name: surface, type, ...(country ? { country } : {}), ...(sectorCandidate.success ? { sector: sectorCandidate.data as Sector } : {}) });
      }
    }
  }
  return entities;
}

export const task: EvalTask = {
  name: 'events-petrarch-unittest',
  requires: 'events/petrarch2-unittest/PETR.UnitTest.records.xml',
  describe: 'PETRARCH-2 coder unit tests as behaviour checks (not a quality measure): share of records whose expected triples we produce, actors injected from the validation dictionary.',
  run: async (): Promise<EvalRow[]> => {
    const records = readPetrarchRecords(dataPath('events', 'petrarch2-unittest', 'PETR.UnitTest.records.xml'));
    const actors = readDictionaryActors(dataPath('events', 'petrarch2-unittest', 'PETR.Validate.actors.txt'));
    let coded = 0;
    let passedRoot = 0;
    let passedTriples = 0;
    let empty = 0;
    let emptyPassed = 0;
    for (const record of records) {
      const doc = testDoc(record.text, dictionaryEntities(record.text, actors, record.date), record.date ? { published: record.date } : {});
      const events = findEvents(doc).filter((event) => event.cameo !== '010');
      if (record.noEvents && record.codings.length === 0) {
        empty += 1;
        if (events.length === 0) emptyPassed += 1;
        continue;
      }
      coded += 1;
      const triples = triplesOf(events);
      if (record.codings.every((coding) => triples.some((triple) => triple.root === coding.event.slice(0, 2)))) passedRoot += 1;
      if (record.codings.every((coding) => triples.some((triple) => triple.root === coding.event.slice(0, 2) && triple.source === actorKey(coding.source) && triple.target === actorKey(coding.target)))) passedTriples += 1;
    }
    const row = (metric: string, score: number, support: number): EvalRow => ({ task: 'events-petrarch-unittest', dataset: DATASET, metric, score, support });
    return [
      row('records passed (every expected root code)', passedRoot / coded, coded),
      row('records passed (every expected triple)', passedTriples / coded, coded),
      row('no-event records left empty', empty === 0 ? 0 : emptyPassed / empty, empty),
    ];
  },
};
