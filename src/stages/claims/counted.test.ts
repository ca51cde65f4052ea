import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-test-support.ts';

function countedOf(text: string, span: string): string | null {
  return claimAt(text, span).counted?.text ?? null;
}

describe('what a number counts', () => {
  it('is the noun phrase after the number, with its modifiers', () => {
    expect(countedOf('She said nine thousand Russian passport holders have returned.', 'nine thousand')).toBe('Russian passport holders');
  });

  it('keeps a phrase of place or membership ("in Gaza", "among the hostages")', () => {
    expect(countedOf('There may be fewer than 200 hostages in Gaza.', 'fewer than 200')).toBe('hostages in Gaza');
    expect(countedOf('At least 15 passport holders among the hostages were killed.', 'At least 15')).toBe('passport holders among the hostages');
  });

  it('leaves a phrase naming the event to the predicate ("in the stampede")', () => {
    expect(countedOf('Forty people were hurt in the stampede.', 'Forty')).toBe('people');
    expect(countedOf('The strike killed 15 people in the attack on Tarsk.', '15')).toBe('people');
  });

  it('reads a partitive: "of voters", "of the country’s wheat", "of the six bridges"', () => {
    expect(countedOf('About 40 per cent of voters backed the reform.', 'About 40 per cent')).toBe('voters');
    expect(countedOf('Half of the country’s wheat is grown there.', 'Half')).toBe('country’s wheat');
    expect(countedOf('The shelling destroyed four of the six bridges over the river.', 'four')).toBe('bridges over the river');
  });

  it('takes the substance measured by a unit ("26,000 tonnes of grain")', () => {
    expect(countedOf('The ship was carrying 26,000 tonnes of grain.', '26,000 tonnes')).toBe('grain');
  });

  it('resolves "of the latter" to the last plural phrase of the sentence before', () => {
    const text = 'The hostages are held in exchange for the release of prisoners in Valdorian jails. There are more than 6,000 of the latter.';
    expect(countedOf(text, 'more than 6,000')).toBe('prisoners in Valdorian jails');
  });

  it('resolves "of the former" to the first of the last two plural phrases', () => {
    const text = 'The agreement concerns wounded soldiers and displaced civilians. Officials say 4,000 of the former need surgery.';
    expect(countedOf(text, '4,000')).toBe('wounded soldiers');
  });

  it('resolves "of them" to the last plural phrase before', () => {
    const text = 'Negotiators discussed the hostages held in Tarsk. Up to 25 of them are foreigners.';
    expect(countedOf(text, 'Up to 25')).toBe('hostages held in Tarsk');
  });

  it('gives an elliptical number the phrase of the claim before it ("as up to 50 have been killed")', () => {
    const text = 'There may be fewer than 200 hostages in Gaza, as up to 50 have been killed by bombing.';
    expect(claimAt(text, 'up to 50').counted).toMatchObject({ text: 'hostages in Gaza' });
  });

  it('takes the unit of the claim a number is compared with ("up from 180")', () => {
    expect(claimAt('A ticket now costs 250 roubles, up from 180.', '180')).toMatchObject({ unit: 'RUB', counted: { text: 'ticket' } });
  });

  it('reads the subject of a verb of change ("the death toll rose to 312")', () => {
    expect(countedOf('The death toll from the earthquake rose to 312 on Friday.', '312')).toBe('death toll from the earthquake');
    expect(countedOf('Unemployment in Dorvik fell to 7.2% last quarter.', '7.2%')).toBe('Unemployment in Dorvik');
  });

  it('unwraps "the number of" to what is numbered', () => {
    expect(countedOf('The number of displaced people has climbed to 1.2 million.', '1.2 million')).toBe('displaced people');
  });

  it('reads the object of "put … at" ("put the number of dead at 86")', () => {
    expect(countedOf('Authorities put the number of dead at 86.', '86')).toBe('dead');
  });

  it('reads the owner of an amount ("a loss of US$1.3bn", "the contract is worth £45m")', () => {
    expect(countedOf('The company posted a loss of US$1.3bn for the year.', 'US$1.3bn')).toBe('loss');
    expect(countedOf('The contract is worth £45m to the shipyard.', '£45m')).toBe('contract');
  });

  it('is null when nothing is counted ("Valdoria will pay €300 million")', () => {
    expect(countedOf('Valdoria will pay €300 million for the new frigates.', '€300 million')).toBeNull();
  });

  it('stops at a word that says something of the counted noun ("11 people alive", "4 metres high")', () => {
    expect(countedOf('Rescuers pulled 11 people alive from the rubble.', '11')).toBe('people');
    expect(countedOf('The surveyors measured 4 metres high.', '4 metres')).toBeNull();
    expect(countedOf('The flood wall is 4 metres high.', '4 metres')).toBe('flood wall');
  });

  it('counts the speakers’ own group as written ("40 of us")', () => {
    expect(countedOf('“There were 40 of us in the cell,” he said.', '40')).toBe('us');
  });

  it('reads the object of a verb that sets a quantity ("raised its main rate to 9.5 percent")', () => {
    expect(countedOf('The central bank raised its main rate to 9.5 percent.', '9.5 percent')).toBe('main rate');
  });

  it('reads past an adverb between the verb and the number ("Turnout was just 38 percent")', () => {
    expect(countedOf('Turnout was just 38 percent, the lowest in years.', '38 percent')).toBe('Turnout');
  });

  it('leaves a place phrase with its own number to its own claim ("people in 14 countries")', () => {
    expect(countedOf('The company employs more than 11,000 people in 14 countries.', 'more than 11,000')).toBe('people');
  });

  it('reads a share written before a determiner ("Half the staff at the embassy")', () => {
    expect(countedOf('Half the staff at the embassy were sent home.', 'Half')).toBe('staff at the embassy');
  });

  it('gives a share with no noun the group of the claim before it ("1,000 adults … 62% trust")', () => {
    expect(countedOf('The survey of 1,000 adults found that 62% trust the army.', '62%')).toBe('adults');
  });

  it('does not take the verb after an elliptical number as its noun ("12 leaders signed and three abstained")', () => {
    expect(countedOf('At the summit, 12 leaders signed the pact and three abstained.', 'three')).toBe('leaders');
  });
});
