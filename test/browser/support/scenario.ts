import { HARBOUR_TALKS, SECOND_SOURCE } from '../fixtures/index.ts';
import { seedArticle, type TestArticle } from './articles.ts';

/**
 * What the user-level tests look for. On the real seed article (../shared): Zakharova's quotes,
 * the Putin–Erdogan call and the hostages counts. Without ../shared, the same journey on the
 * invented fixture articles: Sorel's quotes, the Sorel–Halm call and the prisoner counts.
 */
export interface Scenario {
  readonly name: string;
  readonly main: TestArticle;
  readonly others: readonly TestArticle[];
  readonly speaker: RegExp;
  readonly edge: readonly [RegExp, RegExp];
  readonly counted: string;
}

export function userScenario(): Scenario {
  const seed = seedArticle();
  if (seed) {
    return { name: 'the seed article', main: seed, others: [HARBOUR_TALKS, SECOND_SOURCE], speaker: /Zakharova/, edge: [/Putin/, /Erdo[gğ]an/], counted: 'hostages' };
  }
  return { name: 'the bundled fixture articles', main: HARBOUR_TALKS, others: [SECOND_SOURCE], speaker: /Sorel/, edge: [/Sorel/, /Halm/], counted: 'prisoners' };
}

