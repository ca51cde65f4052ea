import { z } from 'zod';
import { SpanSchema } from './span.ts';

export const SentenceSchema = SpanSchema.extend({
  paragraph: z.number().int().nonnegative().describe('Index of the paragraph (blank-line or line-break separated block) holding the sentence.'),
});

export type Sentence = z.infer<typeof SentenceSchema>;
