import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-test-support.ts';

describe('qualifiers map to bounds', () => {
  it('"at least", "more than", "over" and "upwards of" give a lower bound', () => {
    expect(claimAt('At least 27 people were killed.', 'At least 27')).toMatchObject({ low: 27, qualifier: 'lower', qualifierText: 'At least' });
    expect(claimAt('More than 1,500 migrants arrived.', 'More than 1,500')).toMatchObject({ low: 1500, qualifier: 'lower' });
    expect(claimAt('Upwards of 70 villages were cut off.', 'Upwards of 70').low).toBe(70);
  });

  it('"up to", "fewer than", "nearly", "almost" and "as many as" give an upper bound', () => {
    expect(claimAt('Up to 300 workers could lose their jobs.', 'Up to 300')).toMatchObject({ high: 300, qualifier: 'upper' });
    expect(claimAt('There may be fewer than 200 hostages in the town.', 'fewer than 200')).toMatchObject({ high: 200, qualifier: 'upper' });
    expect(claimAt('Nearly 9,000 teachers walked out.', 'Nearly 9,000').high).toBe(9000);
    expect(claimAt('As many as 150 prisoners escaped.', 'As many as 150').high).toBe(150);
  });

  it('"about", "around", "some" and "roughly" make the number approximate', () => {
    expect(claimAt('About 600 families live in tents.', 'About 600')).toMatchObject({ value: 600, qualifier: 'approximate' });
    expect(claimAt('Some 2,000 farmers marched.', 'Some 2,000').qualifier).toBe('approximate');
  });

  it('prefers the longest qualifier: "no fewer than" is a lower bound', () => {
    expect(claimAt('No fewer than five ministers resigned.', 'No fewer than five')).toMatchObject({ low: 5, qualifier: 'lower' });
  });

  it('reads qualifiers written after the number ("20 or more", "40-odd")', () => {
    expect(claimAt('Twenty or more families were evacuated.', 'Twenty or more')).toMatchObject({ low: 20, qualifier: 'lower' });
    expect(claimAt('The 40-odd delegates left early.', '40-odd').qualifier).toBe('approximate');
  });

  it('takes the bound a verb implies when no qualifier states one ("now exceed 40")', () => {
    expect(claimAt('Casualties among the peacekeepers now exceed 40.', '40')).toMatchObject({ low: 40, qualifier: 'lower' });
  });
});
