import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentSchema } from '../doc/schema/document.ts';
import { ApiErrorBodySchema } from './api-error.ts';
import { apiRoutes, buildServer } from './app.ts';

const ARTICLE = 'President Ana Sorel of Valdoria spoke with Prime Minister Viktor Halm on Wednesday. "We are ready," Sorel said.';

async function inject(app: FastifyInstance, options: InjectOptions) {
  const response = await app.inject(options);
  return { status: response.statusCode, body: JSON.parse(response.body) as unknown, headers: response.headers };
}

describe('POST /api/extract', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildServer({ bodyLimit: 64 * 1024 });
  });
  afterAll(() => app.close());

  it('answers a text with its full document, valid against the output schema', async () => {
    const response = await inject(app, { method: 'POST', url: '/api/extract', payload: { text: ARTICLE, article: { published: '2024-11-14', title: 'Talks' } } });
    expect(response.status).toBe(200);
    const doc = DocumentSchema.parse(response.body);
    expect(doc.text).toBe(ARTICLE);
    expect(doc.article).toMatchObject({ published: '2024-11-14', title: 'Talks' });
    expect(doc.article.id).toMatch(/^article-[0-9a-f]{16}$/);
  });

  it('reduces an HTML page to its main text and reads its metadata', async () => {
    const html = '<html><head><title>Talks</title><meta property="article:published_time" content="2024-11-14"></head><body><article><p>President Ana Sorel of Valdoria spoke with Prime Minister Viktor Halm on Wednesday about the prisoners held near the border.</p></article></body></html>';
    const response = await inject(app, { method: 'POST', url: '/api/extract', payload: { html } });
    expect(response.status).toBe(200);
    const doc = DocumentSchema.parse(response.body);
    expect(doc.text).toContain('President Ana Sorel');
    expect(doc.text).not.toContain('<p>');
    expect(doc.article.published).toBe('2024-11-14');
  });

  it('takes "text" at its word even when it looks like markup', async () => {
    const response = await inject(app, { method: 'POST', url: '/api/extract', payload: { text: '<html><body><p>Sorel spoke.</p></body></html>' } });
    expect(DocumentSchema.parse(response.body).text).toBe('<html><body><p>Sorel spoke.</p></body></html>');
  });

  it('refuses a body with neither text nor html, naming the problem', async () => {
    const response = await inject(app, { method: 'POST', url: '/api/extract', payload: { article: {} } });
    expect(response.status).toBe(400);
    expect(ApiErrorBodySchema.parse(response.body).error).toMatchObject({ code: 'INVALID_BODY', message: expect.stringContaining('exactly one of "text" or "html"') });
  });

  it('names the field that failed validation', async () => {
    const response = await inject(app, { method: 'POST', url: '/api/extract', payload: { text: ARTICLE, article: { published: '14/11/2024' } } });
    expect(response.status).toBe(400);
    const { error } = ApiErrorBodySchema.parse(response.body);
    expect(error.issues?.[0]?.path).toBe('article.published');
    expect(error.message).toContain('YYYY-MM-DD');
  });

  it('answers 422 with the reason when an HTML page has no main text', async () => {
    const response = await inject(app, { method: 'POST', url: '/api/extract', payload: { html: '<html><body></body></html>' } });
    expect(response.status).toBe(422);
    expect(ApiErrorBodySchema.parse(response.body).error.code).toBe('UNREADABLE_INPUT');
  });

  it('refuses a body over the size limit with 413', async () => {
    const response = await inject(app, { method: 'POST', url: '/api/extract', payload: { text: 'x'.repeat(70 * 1024) } });
    expect(response.status).toBe(413);
    expect(ApiErrorBodySchema.parse(response.body).error).toMatchObject({ code: 'BODY_TOO_LARGE', hint: expect.stringContaining('--max-body') });
  });

  it('explains broken JSON and unsupported content types as JSON errors', async () => {
    const broken = await inject(app, { method: 'POST', url: '/api/extract', payload: '{"text": ', headers: { 'content-type': 'application/json' } });
    expect(broken.status).toBe(400);
    expect(ApiErrorBodySchema.parse(broken.body).error.code).toBe('INVALID_JSON');
    const xml = await inject(app, { method: 'POST', url: '/api/extract', payload: '<text/>', headers: { 'content-type': 'application/xml' } });
    expect(xml.status).toBe(415);
    expect(ApiErrorBodySchema.parse(xml.body).error.message).toContain('application/xml');
  });
});

describe('errors and documentation', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildServer();
  });
  afterAll(() => app.close());

  it('answers unknown routes with a JSON 404 that points at the documentation', async () => {
    const response = await inject(app, { method: 'GET', url: '/api/nothing-here' });
    expect(response.status).toBe(404);
    expect(ApiErrorBodySchema.parse(response.body).error.hint).toContain('/api/openapi.json');
  });

  it('answers corpus routes with 503 and what to do when no corpus is open', async () => {
    const response = await inject(app, { method: 'GET', url: '/api/quotes' });
    expect(response.status).toBe(503);
    expect(ApiErrorBodySchema.parse(response.body).error).toMatchObject({ code: 'STORE_UNAVAILABLE', hint: expect.stringContaining('--db') });
  });

  it('documents every route in the OpenAPI document, with parameters, bodies and error answers', async () => {
    const response = await inject(app, { method: 'GET', url: '/api/openapi.json' });
    const document = response.body as { openapi: string; paths: Record<string, Record<string, { parameters: { name: string }[]; responses: Record<string, unknown>; requestBody?: unknown }>>; components: { schemas: Record<string, unknown> } };
    expect(document.openapi).toBe('3.1.0');
    for (const route of apiRoutes()) {
      const operation = document.paths[route.path.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      expect(Object.keys(operation!.responses)).toContain('400');
      if (route.body) expect(operation!.requestBody).toBeDefined();
    }
    expect(document.paths['/api/quotes']!.get!.parameters.map((parameter) => parameter.name)).toEqual(expect.arrayContaining(['speaker', 'limit', 'cursor', 'since']));
    expect(document.paths['/api/articles/{id}']!.get!.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path', required: true })]);
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(['Document', 'Quote', 'Event', 'Claim', 'Error']));
  });

  it('sends no Content-Security-Policy on API answers but nosniff on all', async () => {
    const response = await inject(app, { method: 'GET', url: '/api/health' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toBeUndefined();
  });
});
