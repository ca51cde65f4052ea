import { z } from 'zod';

export const ArticleSchema = z.object({
  id: z.string().min(1),
  url: z.string().optional(),
  title: z.string().optional(),
  published: z
    .string()
    .optional()
    .describe('Publication date (YYYY-MM-DD) or date-time (ISO 8601); relative times are resolved against it.'),
  source: z.string().optional().describe('The outlet or feed the article came from.'),
  byline: z.string().optional(),
  language: z.string().optional(),
});

export type Article = z.infer<typeof ArticleSchema>;
