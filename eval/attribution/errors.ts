/**
 * Prints the attribution errors of one PolNeAR split, for reading while developing the quotes stage:
 *   node --import tsx eval/attribution/errors.ts [train|dev] [missed|spurious|source|all] [limit]
 * Develop on train; dev is for reporting.
 */
import type { Span } from '../../src/doc/span.ts';
import { scorePolnear } from '../tasks/attribution.ts';

const [split = 'train', kind = 'all', limitText = '200'] = process.argv.slice(2);
const limit = Number(limitText);

function show(text: string, spans: readonly Span[]): string {
  return spans.map((span) => text.slice(span.start, span.end).replace(/\s+/g, ' ')).join(' | ');
}

let printed = 0;
for (const { article, doc, score } of scorePolnear(split === 'dev' ? 'dev' : 'train')) {
  const text = article.text;
  for (const gold of score.gold) {
    if (printed >= limit) break;
    const prediction = gold.match === null ? undefined : score.predicted[gold.match]!.attribution;
    if (gold.match === null && (kind === 'missed' || kind === 'all')) {
      console.log(`MISSED ${gold.category} [${show(text, gold.attribution.source)}] <${show(text, gold.attribution.cue)}> ${show(text, gold.attribution.content)}`);
      printed += 1;
    } else if (prediction && gold.sourceCorrect === false && (kind === 'source' || kind === 'all')) {
      const quote = doc.quotes.find((candidate) => candidate.id === prediction.quoteIds[0]);
      const speaker = quote?.speaker ? `${quote.speaker.name}${quote.speaker.start === undefined ? '' : ` @${text.slice(quote.speaker.start, quote.speaker.end)}`}` : 'null';
      console.log(`SOURCE ${gold.category} gold [${show(text, gold.attribution.source)}] predicted [${speaker}] <${show(text, gold.attribution.cue)}> ${show(text, gold.attribution.content).slice(0, 100)}`);
      printed += 1;
    }
  }
  for (const predicted of score.predicted) {
    if (printed >= limit) break;
    if (predicted.match !== null || !(kind === 'spurious' || kind === 'all')) continue;
    const quote = doc.quotes.find((candidate) => candidate.id === predicted.attribution.quoteIds[0]);
    console.log(`SPURIOUS ${predicted.category} ${quote?.rule ?? ''} [${quote?.speaker?.name ?? 'null'}] <${predicted.attribution.cue ? show(text, [predicted.attribution.cue]) : ''}> ${show(text, predicted.attribution.content)}`);
    printed += 1;
  }
}
