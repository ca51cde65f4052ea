import { extract } from '../../src/pipeline.ts';
import { dataPath } from '../data-root.ts';
import { readPetrarchRecords } from '../events/petrarch-records.ts';
import { countAgreement, type TripleCounts } from '../events/triples.ts';
import type { EvalRow, EvalTask } from '../task.ts';

const DATASET = 'events/up-petr2-gsr-english';

/** Statements (CAMEO 01) are coded only where the sentence is about nothing else, as in the records. */
function codedEvents(text: string, date: string | undefined) {
  const doc = extract({ text, article: { id: 'record', ...(date ? { published: date } : {}) } });
  const substantive = doc.events.filter((event) => event.cameo !== '010' && !(event.hypothetical && event.type !== 'AGREE' && event.type !== 'THREATEN'));
  return substantive.length > 0 ? substantive : doc.events.filter((event) => event.cameo !== '010');
}

export const task: EvalTask = {
  name: 'events-petrarch-gsr',
  requires: 'events/up-petr2-gsr-english/PETR2_GSR_validation.xml',
  describe: 'Source, target and root-code agreement with the PETRARCH-2 English validation triples (actor codes compared at country / sector level).',
  run: async (): Promise<EvalRow[]> => {
    const records = readPetrarchRecords(dataPath('events', 'up-petr2-gsr-english', 'PETR2_GSR_validation.xml'));
    const counts: TripleCounts = { codings: 0, codeAgreement: 0, sourceAgreement: 0, targetAgreement: 0, tripleAgreement: 0 };
    let noEventRecords = 0;
    let noEventAgreement = 0;
    for (const record of records) {
      const events = codedEvents(record.text, record.date);
      if (record.noEvents && record.codings.length === 0) {
        noEventRecords += 1;
        if (events.length === 0) noEventAgreement += 1;
        continue;
      }
      countAgreement(record.codings, events, counts);
    }
    const row = (metric: string, score: number, support: number): EvalRow => ({ task: 'events-petrarch-gsr', dataset: DATASET, metric, score, support });
    return [
      row('root code agreement', counts.codeAgreement / counts.codings, counts.codings),
      row('source agreement', counts.sourceAgreement / counts.codings, counts.codings),
      row('target agreement', counts.targetAgreement / counts.codings, counts.codings),
      row('triple agreement', counts.tripleAgreement / counts.codings, counts.codings),
      row('no-event records left empty', noEventRecords === 0 ? 0 : noEventAgreement / noEventRecords, noEventRecords),
    ];
  },
};
