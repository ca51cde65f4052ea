import { Command, CommanderError } from 'commander';
import { PIPELINE_VERSION } from '../version.ts';
import { registerExtractCommand } from './commands/extract.ts';
import { registerIngestCommand } from './commands/ingest.ts';
import { registerQueryCommand } from './commands/query.ts';
import { registerCompareCommand } from './commands/compare.ts';
import { registerExportCommand } from './commands/export.ts';
import { registerEntitiesCommand } from './commands/entities.ts';
import { registerReextractCommand } from './commands/reextract.ts';
import { registerServeCommand } from './commands/serve.ts';
import { registerStartCommand } from './commands/start.ts';
import { EXIT_USAGE, UsageError } from './usage-error.ts';

export function buildProgram(): Command {
  const program = new Command('newsgraph')
    .description('Who said what, who did what to whom, and which numbers are claimed, according to whom: from news articles, offline.')
    .version(PIPELINE_VERSION)
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');
  registerExtractCommand(program);
  registerStartCommand(program);
  registerIngestCommand(program);
  registerQueryCommand(program);
  registerCompareCommand(program);
  registerExportCommand(program);
  registerEntitiesCommand(program);
  registerReextractCommand(program);
  registerServeCommand(program);
  return program;
}

/** Runs the CLI; usage errors exit with 2, input failures with 1 (set by the commands). */
export async function runCli(argv: readonly string[]): Promise<void> {
  try {
    await buildProgram().parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are "errors" to commander but successes to the user.
      process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
      return;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`newsgraph: ${error.message}\n`);
      process.exitCode = EXIT_USAGE;
      return;
    }
    throw error;
  }
}
