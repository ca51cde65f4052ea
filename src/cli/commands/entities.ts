import type { Command } from 'commander';
import { refreshIdentities } from '../../corpus/refresh-identities.ts';
import { defaultStoreLocation } from '../../store/open-store.ts';
import { withStore } from '../with-store.ts';

/** The user's corrections to cross-article identity: kept as pins, applied on every later resolution. */
export function registerEntitiesCommand(program: Command): void {
  const entities = program.command('entities').description('Correct who is who across the corpus: merge two entities, or split names out of one.');
  entities
    .command('merge')
    .description('Treat these entities (ids or names) as one, from now on.')
    .argument('<entities...>', 'corpus entity ids (e-…) or names, at least two')
    .option('--db <file>', 'corpus file', defaultStoreLocation())
    .action(async (names: string[], options: { db: string }) => {
      if (names.length < 2) {
        process.stderr.write('newsgraph: name at least two entities to merge, e.g. newsgraph entities merge "Abu Marzouk" "Mousa Abu Marzouq"\n');
        process.exitCode = 2;
        return;
      }
      await withStore(options.db, { mustExist: true }, async (store) => {
        await store.addIdentityPin({ kind: 'merge', entities: names });
        const result = await refreshIdentities(store);
        const merged = (await store.queryEntities({ name: names[0]!, limit: 5 })).items;
        process.stdout.write(`merged; ${result.entities} entities in the corpus. ${merged[0] ? `Now: ${merged[0].name} (${merged[0].id}), aliases ${merged[0].aliases.join(', ') || 'none'}` : ''}\n`);
      });
    });
  entities
    .command('split')
    .description('Take the mentions under these names out of an entity, into an entity of their own.')
    .argument('<entity>', 'corpus entity id (e-…) or name')
    .requiredOption('--name <names...>', 'the names to split out')
    .option('--db <file>', 'corpus file', defaultStoreLocation())
    .action(async (entity: string, options: { db: string; name: string[] }) => {
      await withStore(options.db, { mustExist: true }, async (store) => {
        await store.addIdentityPin({ kind: 'split', entity, names: options.name });
        const result = await refreshIdentities(store);
        process.stdout.write(`split ${options.name.join(', ')} out of ${entity}; ${result.entities} entities in the corpus.\n`);
      });
    });
  entities
    .command('pins')
    .description('List the merges and splits made so far.')
    .option('--db <file>', 'corpus file', defaultStoreLocation())
    .action(async (options: { db: string }) => {
      await withStore(options.db, { mustExist: true }, async (store) => {
        for (const pin of await store.listIdentityPins()) {
          process.stdout.write(pin.kind === 'merge' ? `${pin.createdAt ?? ''}  merge ${pin.entities.join(' + ')}\n` : `${pin.createdAt ?? ''}  split ${pin.names.join(', ')} out of ${pin.entity}\n`);
        }
      });
    });
}
