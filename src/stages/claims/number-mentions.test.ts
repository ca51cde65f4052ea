import { describe, expect, it } from 'vitest';
import { claimAt, claimsIn } from './claims-test-support.ts';

describe('numbers as news writes them', () => {
  it('reads words, digits and scale words', () => {
    expect(claimAt('She said nine thousand people left.', 'nine thousand').value).toBe(9000);
    expect(claimAt('The port handled 4.5 million containers.', '4.5 million').value).toBe(4_500_000);
    expect(claimAt('The budget allocates Rs 1,200 crore to roads.', 'Rs 1,200 crore')).toMatchObject({ value: 12_000_000_000, unit: 'INR' });
  });

  it('reads a decimal with a scale suffix that the tokeniser splits ("1.2m")', () => {
    expect(claimAt('The fund raised 1.2m for the clinic.', '1.2m').value).toBe(1_200_000);
  });

  it('gives money its ISO currency code from a symbol, a prefixed dollar, a code or a word', () => {
    expect(claimAt('The government pledged $2.5 billion in aid.', '$2.5 billion')).toMatchObject({ value: 2_500_000_000, unit: 'USD' });
    expect(claimAt('The firm posted a loss of US$1.3bn this year.', 'US$1.3bn')).toMatchObject({ value: 1_300_000_000, unit: 'USD' });
    expect(claimAt('Valdoria will pay €300 million for frigates.', '€300 million').unit).toBe('EUR');
    expect(claimAt('The ministry set aside USD 75 million for seed.', 'USD 75 million').unit).toBe('USD');
    expect(claimAt('Donors raised 12 million euros for the victims.', '12 million euros').unit).toBe('EUR');
    expect(claimAt('The bank lent 300 million Canadian dollars to the port.', '300 million Canadian dollars').unit).toBe('CAD');
  });

  it('reads percentages written with a sign, "percent" or "per cent"', () => {
    expect(claimAt('Turnout reached 61% in the second round.', '61%')).toMatchObject({ value: 61, unit: 'percent' });
    expect(claimAt('About 40 per cent of voters backed it.', 'About 40 per cent')).toMatchObject({ value: 40, unit: 'percent', qualifier: 'approximate' });
  });

  it('reads quantities with units, attached or written out', () => {
    expect(claimAt('The pipeline runs 430 km to the coast.', '430 km')).toMatchObject({ value: 430, unit: 'km' });
    expect(claimAt('The wall is 10km long.', '10km')).toMatchObject({ value: 10, unit: 'km' });
    expect(claimAt('Output rose to 90,000 barrels per day.', '90,000 barrels per day').unit).toBe('barrel/day');
    expect(claimAt('The dam will generate 600 MW next year.', '600 MW').unit).toBe('MW');
  });

  it('reads ranges with "between … and", a hyphen, "to" and "or"', () => {
    expect(claimAt('Between 40 and 50 people were hurt.', 'Between 40 and 50')).toMatchObject({ low: 40, high: 50, qualifier: 'range' });
    expect(claimAt('The strike involved 3,000-4,000 dock workers.', '3,000-4,000')).toMatchObject({ low: 3000, high: 4000 });
    expect(claimAt('Officials expect 20 to 25 trucks.', '20 to 25')).toMatchObject({ low: 20, high: 25 });
    expect(claimAt('Five or six gunmen stormed the hotel.', 'Five or six')).toMatchObject({ low: 5, high: 6 });
  });

  it('shares a scale written once across a range ("$40-50 million")', () => {
    expect(claimAt('The repairs will cost $40-50 million.', '$40-50 million')).toMatchObject({ low: 40_000_000, high: 50_000_000, unit: 'USD' });
  });

  it('reads plural scale words as orders of magnitude', () => {
    expect(claimAt('Hundreds of protesters gathered.', 'Hundreds')).toMatchObject({ low: 200, high: 999, qualifier: 'approximate' });
    expect(claimAt('Tens of thousands of people fled.', 'Tens of thousands')).toMatchObject({ low: 20_000, high: 99_999 });
    expect(claimAt('Several hundred migrants waited.', 'Several hundred')).toMatchObject({ low: 300, high: 999 });
    expect(claimAt('Hundreds of thousands of people marched.', 'Hundreds of thousands')).toMatchObject({ low: 200_000, high: 999_999 });
  });

  it('reads "a dozen" as twelve', () => {
    expect(claimAt('A dozen soldiers were wounded.', 'A dozen').value).toBe(12);
  });

  it('reads fractions as shares', () => {
    expect(claimAt('Two-thirds of the members voted.', 'Two-thirds')).toMatchObject({ value: 0.6667, unit: 'fraction' });
    expect(claimAt('Half of the wheat is grown there.', 'Half').value).toBe(0.5);
    expect(claimAt('One in five children is underweight.', 'One in five').value).toBe(0.2);
    expect(claimAt('Three quarters of the hospitals have no fuel.', 'Three quarters').value).toBe(0.75);
    expect(claimAt('A third of the bridges need repair.', 'A third').value).toBe(0.3333);
  });

  it('never reads a score as a range', () => {
    expect(claimsIn('Valdoria beat Ostrava 3-1 in the final.')).toHaveLength(0);
  });
});
