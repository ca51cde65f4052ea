import { describe, expect, it } from 'vitest';
import { createDoc } from '../../doc/doc.ts';
import { STAGES, extract } from '../../pipeline.ts';
import type { Cluster } from './clusters.ts';
import { codeKnownOfficials, findKnownOfficial, officeOn } from './known-officials.ts';

function personCluster(name: string, fields: Partial<Cluster> = {}): Cluster {
  return { name, type: 'PERSON', roles: [], mentions: [], ...fields };
}

function upToCoreference(text: string, published?: string) {
  const stages = STAGES.slice(0, STAGES.findIndex((stage) => stage.name === 'coreference') + 1);
  return extract({ text, article: published ? { id: 'officials-test', published } : { id: 'officials-test' } }, stages).entities;
}

describe('known officials', () => {
  it('finds a person under any listed spelling, whatever the accents or case', () => {
    expect(findKnownOfficial('recep tayyip erdogan')?.name).toBe('Recep Tayyip Erdoğan');
    expect(findKnownOfficial('Erdoğan')?.name).toBe(findKnownOfficial('Erdogan')?.name);
    expect(findKnownOfficial('Gideon Sa’ar')?.name).toBe("Gideon Sa'ar");
  });

  it('does not know a namesake whose given name differs from every listed spelling', () => {
    expect(findKnownOfficial('Svetlana Zakharova')).toBeUndefined();
  });

  it('answers a name asked again, from memory, as it did the first time, a miss included', () => {
    const first = findKnownOfficial('ERDOGAN');
    expect(findKnownOfficial('ERDOGAN')).toBe(first);
    expect(first?.name).toBe('Recep Tayyip Erdoğan');
    expect(findKnownOfficial('Svetlana Zakharova')).toBeUndefined();
    expect(findKnownOfficial('Svetlana Zakharova')).toBeUndefined();
  });

  it('takes the office held on the publication date, not another term of the same person', () => {
    const official = findKnownOfficial('Benjamin Netanyahu')!;
    expect(officeOn(official, '2022-01-15')?.sector).toBe('OPP');
    expect(officeOn(official, '2023-10-27')?.sector).toBe('GOV');
    expect(officeOn(findKnownOfficial('Antony Blinken')!, '2025-06-01')).toBeUndefined();
  });

  it('reads a year-month bound as the whole month', () => {
    expect(officeOn(findKnownOfficial('Ned Price')!, '2023-03-20')?.role).toBe('State Department spokesman');
    expect(officeOn(findKnownOfficial('Ned Price')!, '2023-04-02')).toBeUndefined();
  });

  it('without a date, trusts only a person whose offices all give the same country and sector', () => {
    expect(officeOn(findKnownOfficial('Maria Zakharova')!, undefined)).toMatchObject({ country: 'RUS', sector: 'GOV' });
    expect(officeOn(findKnownOfficial('Benjamin Netanyahu')!, undefined)).toBeUndefined();
  });

  it('fills only what the text left out and records the office it used', () => {
    const doc = createDoc('', { id: 'officials-test', published: '2023-10-27' });
    const titled = personCluster('Putin', { sector: 'GOV' });
    codeKnownOfficials(doc, [titled]);
    expect(titled).toMatchObject({ country: 'RUS', sector: 'GOV', knownOffice: { official: 'Vladimir Putin', role: 'President' } });
  });

  it('takes nothing when the text gives the person another country: that is a namesake', () => {
    const doc = createDoc('', { id: 'officials-test', published: '2023-10-27' });
    const namesake = personCluster('Eli Cohen', { country: 'CAN' });
    codeKnownOfficials(doc, [namesake]);
    expect(namesake.sector).toBeUndefined();
    expect(namesake.knownOffice).toBeUndefined();
  });

  it('codes a spokeswoman named without her title as an actor of her government', () => {
    const [person] = upToCoreference('On Thursday, Maria Zakharova spoke at the weekly briefing.', '2023-10-27').filter((entity) => entity.type === 'PERSON');
    expect(person).toMatchObject({ country: 'RUS', sector: 'GOV', actorCode: 'RUSGOV', gender: 'female', knownOffice: { role: 'Foreign Ministry spokeswoman' } });
  });

  it('leaves a person the lexicon does not list without a code', () => {
    const [person] = upToCoreference('On Thursday, Orla Venmark spoke at the weekly briefing.', '2023-10-27').filter((entity) => entity.type === 'PERSON');
    expect(person?.actorCode).toBeUndefined();
    expect(person?.knownOffice).toBeUndefined();
  });
});
