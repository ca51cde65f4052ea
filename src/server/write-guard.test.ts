import { describe, expect, it } from 'vitest';
import { ApiErrorBodySchema } from './api-error.ts';
import { buildServer } from './app.ts';
import { checkWriteAccess } from './write-guard.ts';

const article = { text: 'Envoy Tomas Reyk met President Ana Sorel on Friday.' };

describe('checkWriteAccess', () => {
  it('leaves writes open on this machine alone', () => {
    expect(() => checkWriteAccess({ exposed: false }, undefined)).not.toThrow();
  });

  it('keeps an exposed server without a token read-only', () => {
    expect(() => checkWriteAccess({ exposed: true }, 'Bearer anything')).toThrow(/read-only/);
  });

  it('asks for the token, and refuses a wrong one', () => {
    expect(() => checkWriteAccess({ exposed: true, token: 's3cret' }, undefined)).toThrow(/requires a bearer token/);
    expect(() => checkWriteAccess({ exposed: true, token: 's3cret' }, 'Bearer s3cre7')).toThrow(/not the one/);
    expect(() => checkWriteAccess({ exposed: true, token: 's3cret' }, 'Bearer s3cret')).not.toThrow();
  });
});

describe('writes on an exposed server', () => {
  it('refuses POST /api/articles without the token before touching the corpus', async () => {
    const app = await buildServer({ access: { exposed: true, token: 's3cret' } });
    const response = await app.inject({ method: 'POST', url: '/api/articles', payload: article });
    expect(response.statusCode).toBe(401);
    expect(ApiErrorBodySchema.parse(JSON.parse(response.body)).error.code).toBe('TOKEN_REQUIRED');
    await app.close();
  });

  it('still lets anyone read and analyse without storing', async () => {
    const app = await buildServer({ access: { exposed: true } });
    const response = await app.inject({ method: 'POST', url: '/api/extract', payload: article });
    expect(response.statusCode).toBe(200);
    await app.close();
  });
});
