import { z } from 'zod';
import type { ExtractInput } from '../pipeline.ts';
import { toExtractInput } from './read-input.ts';
import { InputError } from './input-error.ts';

/** One line of a .jsonl batch: an article as text or HTML, with its metadata. */
export const BatchLineSchema = z
  .object({
    id: z.union([z.string().min(1), z.number()]).transform(String),
    text: z.string().optional(),
    html: z.string().optional(),
    published: z.string().optional(),
    url: z.string().optional(),
    title: z.string().optional(),
    source: z.string().optional(),
  })
  .refine((line) => line.text !== undefined || line.html !== undefined, { message: 'needs "text" or "html"' });

export type BatchLine = z.infer<typeof BatchLineSchema>;

/** Parses one batch line into pipeline input; `where` names it in errors ("batch.jsonl line 3"). */
export function parseBatchLine(line: string, where: string): ExtractInput {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    throw new InputError(where, 'not valid JSON', 'each line must be one JSON object such as {"id":"a1","text":"..."}');
  }
  const parsed = BatchLineSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'line'} ${issue.message}`).join('; ');
    throw new InputError(where, `not a valid article record (${problems})`, 'each line needs "id" and "text" or "html"');
  }
  const { id, text, html, published, url, title, source } = parsed.data;
  const article = { id, ...(published ? { published } : {}), ...(url ? { url } : {}), ...(title ? { title } : {}), ...(source ? { source } : {}) };
  if (html !== undefined) return toExtractInput(html, `${where} (id ${id}).html`, { article });
  return { text: text ?? '', article };
}
