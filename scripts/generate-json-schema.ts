import { writeFileSync } from 'node:fs';
import { repositoryPath } from '../eval/data-root.ts';
import { documentJsonSchema } from './json-schema.ts';

const path = repositoryPath('schema', 'document.schema.json');
writeFileSync(path, documentJsonSchema());
console.log(`wrote ${path}`);
