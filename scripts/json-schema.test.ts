import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repositoryPath } from '../eval/data-root.ts';
import { documentJsonSchema } from './json-schema.ts';

describe('generated JSON Schema', () => {
  it('is up to date with the zod declaration (run `npm run schema` after changing src/doc/schema)', () => {
    expect(readFileSync(repositoryPath('schema', 'document.schema.json'), 'utf8')).toBe(documentJsonSchema());
  });
});
