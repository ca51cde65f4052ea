import type { Command } from 'commander';
import { compareClaimsInStore } from '../../corpus/compare-claims.ts';
import { COMPARISON_COLUMNS, type ComparisonLine } from '../../export/corpus-columns.ts';
import { defaultStoreLocation } from '../../store/open-store.ts';
import { parsePositiveInteger } from '../options.ts';
import { withStore } from '../with-store.ts';
import { resolveFormat, writeRows } from './query.ts';

interface CompareOptions {
  readonly db: string;
  readonly counted?: string;
  readonly since?: string;
  readonly until?: string;
  readonly window: number;
  readonly all?: boolean;
  readonly disagreeing?: boolean;
  readonly format?: string;
}

async function* lines(groups: Awaited<ReturnType<typeof compareClaimsInStore>>): AsyncGenerator<ComparisonLine> {
  for (const group of groups) for (const claim of group.claims) yield { group, claim };
}

export function registerCompareCommand(program: Command): void {
  program
    .command('compare')
    .description('Set side by side what different outlets claim about the same counted thing in the same period, and flag where they disagree.')
    .argument('[what]', 'what to compare (only "claims" for now)', 'claims')
    .option('--db <file>', 'corpus file', defaultStoreLocation())
    .option('--counted <words>', 'only claims counting this ("hostages")')
    .option('--since <date>', 'claims dated from this day')
    .option('--until <date>', 'claims dated up to this day')
    .option('--window <days>', 'claims further apart than this fall in different periods', parsePositiveInteger('--window'), 7)
    .option('--all', 'also show things counted by one outlet only')
    .option('--disagreeing', 'only groups whose claims cannot all be true')
    .option('-f, --format <format>', 'table (default on a terminal), json (groups), jsonl or csv (one line per claim)')
    .action(async (_what: string, options: CompareOptions) => {
      const format = resolveFormat(options.format);
      await withStore(options.db, { mustExist: true }, async (store) => {
        const filter = { ...(options.counted ? { counted: options.counted } : {}), ...(options.since ? { since: options.since } : {}), ...(options.until ? { until: options.until } : {}) };
        const groups = (await compareClaimsInStore(store, filter, { windowDays: options.window, includeSingleOutlet: options.all === true })).filter((group) => !options.disagreeing || group.disagreement);
        if (format === 'json') {
          process.stdout.write(`${JSON.stringify(groups, (key, value) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2)}\n`);
          return;
        }
        await writeRows(lines(groups), COMPARISON_COLUMNS, format, 'No counted thing is claimed by two outlets in the same period (try --all, or a wider --window).');
        if (format === 'table' && groups.length > 0) process.stderr.write(`${groups.length} group${groups.length === 1 ? '' : 's'}, ${groups.filter((group) => group.disagreement).length} with disagreement\n`);
      });
    });
}
