/**
 * Prints the attribution errors of one PolNeAR split, for reading while developing the quotes stage:
 *   node --import tsx eval/attribution/errors.ts [train|dev] [summary|missed|spurious|source|all] [limit]
 * Develop on train; dev is for reporting.
 */
import type { Span } from '../../src/doc/span.ts';
import { attributionRows, scorePolnear } from '../tasks/attribution.ts';

const [split = 'train', kind = 'all', limitText = '200'] = process.argv.slice(2);
const limit = Number(limitText);

function show(text: string, spans: readonly Span[]): string {
  return spans.map((span) => text.slice(span.start, span.end).replace(/\s+/g, ' ')).join(' | ');
}

const scored = scorePolnear(split === 'dev' ? 'dev' : 'train');
if (kind === 'summary') {
  for (const row of attributionRows(split === 'dev' ? 'dev' : 'train', scored)) console.log(`${row.metric.padEnd(28)} ${row.score.toFixed(4)}  (${row.support})`);
  process.exit(0);
}
let printed = 0;
for (const { article, doc, score } of scored) {
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
    if (process.env.CONTEXT) {
      const at = predicted.attribution.content[0]!.start;
      const from = Math.max(0, text.lastIndexOf('\n', at) + 1);
      let to = text.indexOf('\n', predicted.attribution.content.at(-1)!.end);
      if (to < 0) to = text.length;
      const golds = score.gold.filter((gold) => gold.attribution.content.some((span) => span.start < to && span.end > from));
      console.log(`\n== ${text.slice(from, to).replace(/\s+/g, ' ')}`);
      for (const gold of golds) console.log(`   gold ${gold.match === null ? 'MISSED' : 'matched'} [${show(text, gold.attribution.source)}] <${show(text, gold.attribution.cue)}> ${show(text, gold.attribution.content)}`);
    }
    console.log(`SPURIOUS ${predicted.category} ${quote?.rule ?? ''} [${quote?.speaker?.name ?? 'null'}] <${predicted.attribution.cue ? show(text, [predicted.attribution.cue]) : ''}> ${show(text, predicted.attribution.content)}`);
    printed += 1;
  }
}
