import { createDoc } from '../src/doc/doc.ts';
import { extract, EXTRACTION_BATCH, extractMany, STAGES, type ExtractInput } from '../src/pipeline.ts';
import { loadBenchCorpus, totalBytes, type BenchArticle } from './corpus.ts';
import { peakResidentBytes, residentBytes, timed, type Measurement } from './measure.ts';

/** A publication date for the whole corpus, so that relative dates resolve as they would in use. */
const PUBLISHED = '2016-11-01';
const WARM_UP_ARTICLES = 50;

/** The full pipeline over every article (the cold pass), again (steady state), then each stage timed separately in a third pass. */
function runPipeline(articles: readonly BenchArticle[]): Measurement {
  const baselineResidentBytes = residentBytes();
  // A warm-up pass over a slice, so that compiling the code is not billed to the first articles.
  for (const article of articles.slice(0, WARM_UP_ARTICLES)) extract({ text: article.text, article: { id: article.id, published: PUBLISHED } });
  const timing = timed(() => {
    for (const article of articles) extract({ text: article.text, article: { id: article.id, published: PUBLISHED } });
  });
  const peak = peakResidentBytes();
  const steady = timed(() => {
    for (const article of articles) extract({ text: article.text, article: { id: article.id, published: PUBLISHED } });
  });
  const stageSeconds: Record<string, number> = Object.fromEntries(STAGES.map((stage) => [stage.name, 0]));
  for (const article of articles) {
    let doc = createDoc(article.text, { id: article.id, published: PUBLISHED });
    for (const stage of STAGES) {
      const started = process.cpuUsage();
      doc = stage.run(doc);
      const used = process.cpuUsage(started);
      stageSeconds[stage.name]! += (used.user + used.system) / 1e6;
    }
  }
  return { name: 'newsgraph full pipeline, one cold pass', articles: articles.length, bytes: totalBytes(articles), ...timing, peakResidentBytes: peak, baselineResidentBytes, steady, stageSeconds };
}

function extractInBatches(inputs: readonly ExtractInput[]): void {
  for (let from = 0; from < inputs.length; from += EXTRACTION_BATCH) extractMany(inputs.slice(from, from + EXTRACTION_BATCH));
}

/** The same cold and steady passes through `extractMany`, batch by batch, in a process of its own. */
function runPipelineBatched(articles: readonly BenchArticle[]): Measurement {
  const inputs = articles.map((article) => ({ text: article.text, article: { id: article.id, published: PUBLISHED } }));
  const baselineResidentBytes = residentBytes();
  extractInBatches(inputs.slice(0, WARM_UP_ARTICLES));
  const timing = timed(() => extractInBatches(inputs));
  const peak = peakResidentBytes();
  const steady = timed(() => extractInBatches(inputs));
  return { name: `same, stage by stage over ${EXTRACTION_BATCH} articles (extractMany)`, articles: articles.length, bytes: totalBytes(articles), ...timing, peakResidentBytes: peak, baselineResidentBytes, steady };
}

/** compromise's people, places and organisations over the same text: the reference line. */
async function runCompromise(articles: readonly BenchArticle[]): Promise<Measurement> {
  const { default: nlp } = await import('compromise');
  const baselineResidentBytes = residentBytes();
  const analyse = (text: string): void => {
    const parsed = nlp(text);
    parsed.people().out('offset');
    parsed.places().out('offset');
    parsed.organizations().out('offset');
  };
  for (const article of articles.slice(0, WARM_UP_ARTICLES)) analyse(article.text);
  const timing = timed(() => {
    for (const article of articles) analyse(article.text);
  });
  return { name: 'compromise 14 (people/places/organizations), reference', articles: articles.length, bytes: totalBytes(articles), ...timing, peakResidentBytes: peakResidentBytes(), baselineResidentBytes };
}

export const JOBS = {
  pipeline: (articles: readonly BenchArticle[]): Promise<Measurement> => Promise.resolve(runPipeline(articles)),
  'pipeline-batched': (articles: readonly BenchArticle[]): Promise<Measurement> => Promise.resolve(runPipelineBatched(articles)),
  compromise: runCompromise,
} as const;

export type JobName = keyof typeof JOBS;

export function isJobName(name: string): name is JobName {
  return Object.hasOwn(JOBS, name);
}

/** Runs one job in this process over a freshly loaded corpus. */
export async function runJob(name: JobName, minimumBytes: number): Promise<Measurement> {
  return JOBS[name](loadBenchCorpus(minimumBytes));
}
