import { z } from 'zod';
import { DocumentSchema } from '../src/doc/schema/document.ts';

/** The JSON Schema of the output document, generated from the zod declaration (the one source of truth). */
export function documentJsonSchema(): string {
  const schema = z.toJSONSchema(DocumentSchema, { target: 'draft-2020-12', io: 'output' });
  return `${JSON.stringify({ $id: 'https://newsgraph.dev/schema/document.json', title: 'newsgraph document', ...schema }, null, 2)}\n`;
}
