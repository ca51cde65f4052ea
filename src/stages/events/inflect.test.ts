import { describe, expect, it } from 'vitest';
import { nounForms, participleForms, phraseNounForms, phraseVerbForms, verbForms } from './inflect.ts';

describe('verb inflection', () => {
  it('derives regular forms', () => {
    expect(verbForms('attack')).toEqual(['attack', 'attacks', 'attacked', 'attacking']);
    expect(verbForms('release')).toEqual(['release', 'releases', 'released', 'releasing']);
    expect(verbForms('deny')).toEqual(['deny', 'denies', 'denied', 'denying']);
  });

  it('doubles the final consonant of one-syllable verbs only', () => {
    expect(verbForms('ban')).toContain('banned');
    expect(verbForms('stop')).toContain('stopping');
    expect(verbForms('visit')).toContain('visited');
    expect(verbForms('jail')).toContain('jailed');
  });

  it('reads irregular pasts and participles from the lexicon', () => {
    expect(verbForms('meet')).toContain('met');
    expect(verbForms('withdraw')).toEqual(expect.arrayContaining(['withdrew', 'withdrawn']));
    expect(verbForms('kidnap')).toEqual(expect.arrayContaining(['kidnapped', 'kidnapping']));
    expect(participleForms('hold')).toContain('held');
  });

  it('inflects the head of a phrasal verb and the last word of a compound noun', () => {
    expect(phraseVerbForms('carry out')).toContainEqual(['carried', 'out']);
    expect(phraseNounForms('air strike')).toContainEqual(['air', 'strikes']);
  });
});

describe('noun inflection', () => {
  it('pluralises, and leaves plural-only nouns alone', () => {
    expect(nounForms('sanction')).toEqual(['sanction', 'sanctions']);
    expect(nounForms('embassy')).toEqual(['embassy', 'embassies']);
    expect(nounForms('talks')).toEqual(['talks']);
    expect(nounForms('crash')).toEqual(['crash', 'crashes']);
  });
});
