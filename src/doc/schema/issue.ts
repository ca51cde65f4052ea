import { z } from 'zod';

/** A problem found in the input, recorded as data rather than thrown. */
export const DocIssueSchema = z.object({
  code: z.string().describe('Stable code from the catalogue in src/doc/issues.ts.'),
  message: z.string(),
  stage: z.string().optional(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type DocIssue = z.infer<typeof DocIssueSchema>;
