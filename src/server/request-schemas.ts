import { z } from 'zod';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

export const PublishedSchema = z
  .string()
  .regex(ISO_DATE, 'write the publication date as YYYY-MM-DD (or an ISO date-time)')
  .describe('Publication date (YYYY-MM-DD or ISO date-time); relative times ("on Thursday") are resolved against it.');

export const DateFilterSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write dates as YYYY-MM-DD');

/** Metadata a client may send with an article; the id defaults to one derived from the content. */
export const ArticleInputSchema = z.object({
  id: z.string().min(1).max(200).optional(),
  title: z.string().max(1000).optional(),
  published: PublishedSchema.optional(),
  url: z.string().max(2000).optional(),
  source: z.string().max(200).optional(),
});

/** Text or an HTML page: HTML is reduced to its main text (Readability) before analysis. */
export const ArticleBodySchema = z
  .object({
    text: z.string().optional().describe('Plain article text.'),
    html: z.string().optional().describe('A whole HTML page; its main text, title, byline and date are read from it.'),
    article: ArticleInputSchema.optional(),
  })
  .refine((body) => (body.text === undefined) !== (body.html === undefined), {
    message: 'send exactly one of "text" or "html"',
  });

export type ArticleBody = z.infer<typeof ArticleBodySchema>;
