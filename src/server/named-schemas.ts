import type { z } from 'zod';
import { ClaimSchema } from '../doc/schema/claim.ts';
import { DocumentSchema } from '../doc/schema/document.ts';
import { EntitySchema } from '../doc/schema/entity.ts';
import { EventSchema } from '../doc/schema/event.ts';
import { QuoteSchema } from '../doc/schema/quote.ts';
import { TimeExpressionSchema } from '../doc/schema/time.ts';
import { ArticleSchema } from '../doc/schema/article.ts';

/** Schemas that appear under their own name in the OpenAPI components. */
export const NAMED_SCHEMAS: ReadonlyMap<z.ZodType, string> = new Map<z.ZodType, string>([
  [DocumentSchema, 'Document'],
  [ArticleSchema, 'Article'],
  [EntitySchema, 'Entity'],
  [QuoteSchema, 'Quote'],
  [EventSchema, 'Event'],
  [ClaimSchema, 'Claim'],
  [TimeExpressionSchema, 'TimeExpression'],
]);
