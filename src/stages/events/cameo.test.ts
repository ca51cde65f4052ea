import { describe, expect, it } from 'vitest';
import { allCameoCodes, isConflictCode, lookupCameo, ploverScore, quadClassOf } from './cameo.ts';

describe('the CAMEO codebook table', () => {
  it('holds every root and the 3- and 4-digit codes with names and Goldstein scores', () => {
    expect(allCameoCodes().length).toBeGreaterThan(300);
    expect(lookupCameo('042')).toMatchObject({ name: 'Make a visit', goldstein: 1.9 });
    expect(lookupCameo('195').goldstein).toBe(-10);
  });

  it('derives the GDELT quad class from the root', () => {
    expect([quadClassOf('010'), quadClassOf('057'), quadClassOf('073'), quadClassOf('0841'), quadClassOf('112'), quadClassOf('163'), quadClassOf('195')]).toEqual([1, 1, 2, 2, 3, 4, 4]);
  });

  it('tells conflict (09-20) from cooperation', () => {
    expect(isConflictCode('090')).toBe(true);
    expect(isConflictCode('087')).toBe(false);
  });

  it('fails loudly on a code the lexicon uses but the table lacks', () => {
    expect(() => lookupCameo('999')).toThrow(/999/);
  });
});

describe('the CAMEO to PLOVER mapping', () => {
  it('maps every CAMEO code to a PLOVER type', () => {
    for (const code of allCameoCodes()) expect(lookupCameo(code).plover, code).toMatch(/^[A-Z]+$/);
  });

  it('keeps what PLOVER dropped as STATEMENT (01) and APPEAL (02)', () => {
    expect(lookupCameo('010').plover).toBe('STATEMENT');
    expect(lookupCameo('0233').plover).toBe('APPEAL');
  });

  it('splits CAMEO 08 into verbal CONCEDE and material RETREAT', () => {
    expect(lookupCameo('081').plover).toBe('CONCEDE');
    expect(lookupCameo('0841')).toMatchObject({ plover: 'RETREAT', mode: 'release' });
    expect(lookupCameo('0871')).toMatchObject({ plover: 'RETREAT', mode: 'ceasefire' });
  });

  it('gives the v2 modes: phone and visit consultations, aerial assaults, sanctions as discontinue', () => {
    expect(lookupCameo('041').mode).toBe('phone');
    expect(lookupCameo('042').mode).toBe('visit');
    expect(lookupCameo('195')).toMatchObject({ plover: 'ASSAULT', mode: 'aerial' });
    expect(lookupCameo('163')).toMatchObject({ plover: 'SANCTION', mode: 'discontinue' });
  });

  it('reads PLOVER scores by type and mode, falling back to the type', () => {
    expect(ploverScore('CONSULT', 'phone')).toBe(1.5);
    expect(ploverScore('CONSULT')).toBe(2.5);
    expect(ploverScore('ASSAULT', 'no-such-mode')).toBe(-9);
    expect(ploverScore('STATEMENT')).toBeUndefined();
  });
});
