import { Command } from 'commander';
import { createDoc } from '../src/doc/doc.ts';
import { STAGES } from '../src/pipeline.ts';
import { loadBenchCorpus, type BenchArticle } from './corpus.ts';

interface Measurement {
  readonly name: string;
  readonly seconds: number;
  readonly bytes: number;
  readonly articles: number;
}

function megabytes(bytes: number): number {
  return bytes / (1024 * 1024);
}

function measure(name: string, articles: readonly BenchArticle[], run: (article: BenchArticle) => void): Measurement {
  const started = performance.now();
  for (const article of articles) run(article);
  const seconds = (performance.now() - started) / 1000;
  return { name, seconds, bytes: articles.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0), articles: articles.length };
}

/** Times each stage separately over the whole corpus, so a slow stage is visible in the report. */
function measureStages(articles: readonly BenchArticle[]): Map<string, number> {
  const seconds = new Map<string, number>(STAGES.map((stage) => [stage.name, 0]));
  for (const article of articles) {
    let doc = createDoc(article.text, { id: article.id, published: '2016-11-01' });
    for (const stage of STAGES) {
      const started = performance.now();
      doc = stage.run(doc);
      seconds.set(stage.name, seconds.get(stage.name)! + (performance.now() - started) / 1000);
    }
  }
  return seconds;
}

async function compromiseReference(articles: readonly BenchArticle[]): Promise<Measurement> {
  const { default: nlp } = await import('compromise');
  return measure('compromise 14 (people/places/organizations), reference', articles, (article) => {
    const parsed = nlp(article.text);
    parsed.people().out('offset');
    parsed.places().out('offset');
    parsed.organizations().out('offset');
  });
}

function formatRow(measurement: Measurement): string {
  const mbPerSecond = megabytes(measurement.bytes) / measurement.seconds;
  const articlesPerSecond = measurement.articles / measurement.seconds;
  return `${measurement.name.padEnd(58)} ${mbPerSecond.toFixed(2).padStart(8)} MB/s ${articlesPerSecond.toFixed(0).padStart(7)} articles/s  (${measurement.articles} articles, ${megabytes(measurement.bytes).toFixed(2)} MB, ${measurement.seconds.toFixed(2)} s)`;
}

async function main(): Promise<void> {
  const options = new Command('bench')
    .description('Throughput of the full pipeline on real news text from ../shared/data, single core.')
    .option('--megabytes <n>', 'size of the corpus to run on', '5')
    .option('--no-reference', 'skip the compromise reference line')
    .parse()
    .opts<{ megabytes: string; reference: boolean }>();
  const { extract } = await import('../src/pipeline.ts');
  const articles = loadBenchCorpus(Number(options.megabytes) * 1024 * 1024);
  if (articles.length === 0) {
    console.error('bench: no news text found under ../shared/data (set NEWSGRAPH_DATA); nothing to measure.');
    process.exitCode = 1;
    return;
  }
  // One warm-up pass over a slice, so that JIT compilation is not billed to the first articles.
  for (const article of articles.slice(0, 50)) extract({ text: article.text, article: { id: article.id, published: '2016-11-01' } });
  const pipeline = measure('newsgraph full pipeline', articles, (article) => {
    extract({ text: article.text, article: { id: article.id, published: '2016-11-01' } });
  });
  const peakResidentMegabytes = megabytes(process.resourceUsage().maxRSS * 1024);
  console.log(formatRow(pipeline));
  console.log(`peak RSS ${peakResidentMegabytes.toFixed(0)} MB`);
  console.log('per stage:');
  for (const [stage, seconds] of measureStages(articles)) {
    console.log(`  ${stage.padEnd(14)} ${seconds.toFixed(2).padStart(7)} s  ${(megabytes(pipeline.bytes) / seconds).toFixed(1).padStart(8)} MB/s`);
  }
  if (options.reference) console.log(formatRow(await compromiseReference(articles)));
}

await main();
