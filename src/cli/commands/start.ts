import type { Command } from 'commander';
import { toDocumentOutput } from '../../doc/doc.ts';
import { formatReport, PLAIN_STYLE, terminalStyle } from '../../export/report.ts';
import { loadSampleArticles } from '../../ingest/samples.ts';
import { extract } from '../../pipeline.ts';

/** The quick-start job: analyse the bundled sample articles and print a readable report of each. */
export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('Run newsgraph on the bundled sample articles and print what it finds (what `npm start` does).')
    .action(() => {
      const style = process.stdout.isTTY ? terminalStyle(process.stdout.columns) : PLAIN_STYLE;
      for (const sample of loadSampleArticles()) {
        process.stdout.write(`${formatReport(toDocumentOutput(extract(sample)), style)}\n`);
      }
      process.stdout.write('Try it on your own text:  npx newsgraph extract article.txt --published 2023-10-27\n');
    });
}
