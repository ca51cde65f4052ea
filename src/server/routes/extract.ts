import { toDocumentOutput } from '../../doc/doc.ts';
import { DocumentSchema } from '../../doc/schema/document.ts';
import { extract } from '../../pipeline.ts';
import { toPipelineInput } from '../article-input.ts';
import { ArticleBodySchema } from '../request-schemas.ts';
import { defineRoute, type ApiRoute } from '../route.ts';

/** Analysis without storage: the document for a text or page, as `newsgraph extract` prints it. */
export function extractRoutes(): ApiRoute[] {
  return [
    defineRoute({
      operationId: 'extract',
      method: 'POST',
      path: '/api/extract',
      tag: 'extract',
      summary: 'Analyse a text or HTML page and return its document, without storing it',
      body: ArticleBodySchema,
      response: DocumentSchema,
      errors: [422],
      handler: ({ body }) => toDocumentOutput(extract(toPipelineInput(body))),
    }),
  ];
}
