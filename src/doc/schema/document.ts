import { z } from 'zod';
import { ArticleSchema } from './article.ts';
import { ClaimSchema } from './claim.ts';
import { EntitySchema } from './entity.ts';
import { EventSchema } from './event.ts';
import { DocIssueSchema } from './issue.ts';
import { QuoteSchema, QuotedTermSchema } from './quote.ts';
import { SentenceSchema } from './sentence.ts';
import { TimeExpressionSchema } from './time.ts';

/** Bumped when a field changes meaning or disappears; adding optional fields keeps the version. */
export const SCHEMA_VERSION = 'newsgraph/1';

export const DocumentSchema = z
  .object({
    schema: z.literal(SCHEMA_VERSION),
    pipeline: z.string().describe('Version of the extraction pipeline that produced the document.'),
    article: ArticleSchema,
    text: z.string(),
    sentences: z.array(SentenceSchema),
    entities: z.array(EntitySchema),
    times: z.array(TimeExpressionSchema),
    quotes: z.array(QuoteSchema),
    quotedTerms: z.array(QuotedTermSchema),
    events: z.array(EventSchema),
    claims: z.array(ClaimSchema),
    issues: z.array(DocIssueSchema),
  })
  .describe('One analysed article: the text and its span layers, every span an offset range into `text`.');

export type DocumentOutput = z.infer<typeof DocumentSchema>;
