import { createHash } from 'node:crypto';
import type { Article } from '../doc/schema/article.ts';
import { InputError } from '../ingest/input-error.ts';
import { toExtractInput } from '../ingest/read-input.ts';
import type { ExtractInput } from '../pipeline.ts';
import { ApiError } from './api-error.ts';
import type { ArticleBody } from './request-schemas.ts';

/** A stable id from the content, so the same article posted twice gets the same id. */
function contentId(content: string): string {
  return `article-${createHash('sha256').update(content).digest('hex').slice(0, 16)}`;
}

/** Turns a request body into pipeline input; HTML goes through the same reader as files do. */
export function toPipelineInput(body: ArticleBody): ExtractInput {
  const content = body.text ?? body.html ?? '';
  const metadata: Partial<Article> = { ...body.article };
  const article = { ...metadata, id: metadata.id ?? contentId(content) };
  // "text" is taken at its word even when it looks like markup: the client said it is text.
  if (body.html === undefined) return { text: content, article };
  try {
    // The .html name tells the reader the kind of input, and names it in error messages.
    return toExtractInput(content, 'request.html', { article });
  } catch (error) {
    if (error instanceof InputError) throw new ApiError(422, 'UNREADABLE_INPUT', error.message);
    throw error;
  }
}
