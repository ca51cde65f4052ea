import { createWriteStream, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { toDocumentOutput } from '../src/doc/doc.ts';
import { extract } from '../src/pipeline.ts';
import { loadBenchCorpus } from './corpus.ts';

/**
 * Writes the pipeline's full output (the JSON document plus the internal tokens) for the sample
 * articles and the bench corpus, one article per line, so that a speed change can be checked to
 * leave every output identical: run it before and after, then compare the two files.
 */
interface SnapshotOptions {
  readonly megabytes: string;
}

const PUBLISHED = '2016-11-01';
const samplesFolder = join(dirname(fileURLToPath(import.meta.url)), '..', 'samples');

interface SampleEntry {
  readonly file: string;
  readonly id: string;
  readonly published: string;
}

function sampleArticles(): Array<{ id: string; text: string; published: string }> {
  const manifest = JSON.parse(readFileSync(join(samplesFolder, 'manifest.json'), 'utf8')) as { articles: SampleEntry[] };
  return manifest.articles.map((entry) => ({ id: entry.id, published: entry.published, text: readFileSync(join(samplesFolder, entry.file), 'utf8') }));
}

async function main(): Promise<void> {
  const program = new Command('snapshot')
    .description('Write the pipeline output for the samples and the bench corpus as JSON lines, to compare before and after a change.')
    .argument('<output>', 'file to write')
    .option('--megabytes <n>', 'MB of bench news text to include', '5')
    .parse();
  const options = program.opts<SnapshotOptions>();
  const output = createWriteStream(program.args[0]!);
  const articles = [...sampleArticles(), ...loadBenchCorpus(Number(options.megabytes) * 1e6).map((article) => ({ ...article, published: PUBLISHED }))];
  for (const article of articles) {
    const doc = extract({ text: article.text, article: { id: article.id, published: article.published } });
    const tokens = doc.tokens.map((token) => [token.start, token.end, token.kind, token.sentence, token.tag]);
    output.write(`${JSON.stringify({ ...toDocumentOutput(doc), analysisText: doc.analysisText === doc.text ? '=' : doc.analysisText, tokens })}\n`);
  }
  await new Promise<void>((resolve) => output.end(resolve));
  console.error(`snapshot: ${articles.length} articles written to ${program.args[0]}`);
}

await main();
